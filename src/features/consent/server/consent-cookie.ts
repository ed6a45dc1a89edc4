import "server-only";
// The consent cookie: signed so that an edited or forged cookie counts as no choice, HttpOnly so that
// no script on the page (a tracker included) can read the consent id or change the choice. The
// server renders everything the browser needs from it, so no client code parses it.
import { cookies } from "next/headers";
import { signValue, verifySignedValue } from "@/platform/crypto/signed-value";
import { env } from "@/platform/env";
import {
  consentInForce,
  decodeConsentPayload,
  encodeConsentPayload,
  type StoredConsent,
} from "../domain/consent-cookie";
import { addMonths, CONSENT_COOKIE, CONSENT_VALID_MONTHS } from "../domain/consent-limits";

const PURPOSE = "consent-cookie";
/** A real cookie is about 120 characters; anything much longer is not one of ours. */
const MAX_LENGTH = 200;

export function consentCookieValue(consent: StoredConsent): string {
  return signValue(PURPOSE, encodeConsentPayload(consent));
}

/** The consent this server stored in the cookie, in force or not; null when absent, malformed or forged. */
export function storedConsentFrom(value: string | undefined): StoredConsent | null {
  const payload = verifySignedValue(PURPOSE, value, MAX_LENGTH);
  return payload === null ? null : decodeConsentPayload(payload);
}

/** The choice that decides this request: ours and in force. Otherwise ask, and allow nothing optional. */
export function consentInForceFrom(value: string | undefined, now = new Date()): StoredConsent | null {
  const stored = storedConsentFrom(value);
  return stored && consentInForce(stored, now) ? stored : null;
}

export async function readStoredConsent(): Promise<StoredConsent | null> {
  return storedConsentFrom((await cookies()).get(CONSENT_COOKIE)?.value);
}

/** Sets the cookie for a recorded choice; it expires when the choice lapses. */
export async function writeConsentCookie(consent: StoredConsent): Promise<void> {
  (await cookies()).set(CONSENT_COOKIE, consentCookieValue(consent), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: "/",
    expires: addMonths(consent.decidedAt, CONSENT_VALID_MONTHS),
  });
}

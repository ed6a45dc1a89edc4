import "server-only";
// What a round trip to BankID is for, kept in this browser while it is away: signing in, starting
// "Bli kunde", or confirming who is signed in (step-up). Signed, short-lived and taken once, so the
// callback acts only on a purpose this browser chose moments ago, never on anything the provider or a
// link says.
import { cookies } from "next/headers";
import { z } from "zod";
import { signValue, verifySignedValue } from "@/platform/crypto/signed-value";
import { env } from "@/platform/env";
import { MINUTE_MS } from "@/platform/time/durations";
import type { BankIdPurpose } from "../domain/bankid-messages";
import { safeReturnPath } from "../domain/credentials";

export type { BankIdPurpose };

const BANKID_PURPOSES = ["sign-in", "onboarding", "step-up"] as const satisfies readonly BankIdPurpose[];

const INTENT_COOKIE = "klarkraft-bankid";
const SIGNING_PURPOSE = "bankid-intent";
/** Long enough to find the phone and approve in the BankID app, short enough not to linger. */
const INTENT_LIFETIME_MS = 15 * MINUTE_MS;

const ZIntent = z.strictObject({
  purpose: z.enum(BANKID_PURPOSES),
  returnTo: z.string().max(512),
  issuedAt: z.number().int(),
  /** "Bli kunde": when the person ticked the consents to the look-ups, before going to BankID. */
  consentedAt: z.number().int().optional(),
});
export type BankIdIntent = z.infer<typeof ZIntent>;

export async function rememberBankIdIntent(
  intent: { purpose: BankIdPurpose; returnTo?: string; consentedAt?: Date },
  now: Date = new Date(),
): Promise<void> {
  const value: BankIdIntent = {
    purpose: intent.purpose,
    returnTo: safeReturnPath(intent.returnTo) ?? "/",
    issuedAt: now.getTime(),
    ...(intent.consentedAt ? { consentedAt: intent.consentedAt.getTime() } : {}),
  };
  (await cookies()).set(INTENT_COOKIE, signValue(SIGNING_PURPOSE, JSON.stringify(value)), {
    httpOnly: true,
    // Sent on the provider's top-level redirect back to the callback, not on cross-site subrequests.
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: INTENT_LIFETIME_MS / 1000,
  });
}

/** The intent this browser set, once: read and removed. Null when absent, forged or too old. */
export async function takeBankIdIntent(now: Date = new Date()): Promise<BankIdIntent | null> {
  const jar = await cookies();
  const raw = jar.get(INTENT_COOKIE)?.value;
  if (raw === undefined) return null;
  jar.delete({ name: INTENT_COOKIE, path: "/" });
  const payload = verifySignedValue(SIGNING_PURPOSE, raw, 1024);
  if (payload === null) return null;
  let parsed: ReturnType<typeof ZIntent.safeParse>;
  try {
    parsed = ZIntent.safeParse(JSON.parse(payload));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const age = now.getTime() - parsed.data.issuedAt;
  return age >= 0 && age < INTENT_LIFETIME_MS ? parsed.data : null;
}

// The consent cookie's payload: the visitor's consent id, the choice, and under which policy version
// and when it was made. The server signs it (src/features/consent/server/consent-cookie.ts) and is the only
// reader: the browser's scripts, the trackers included, never see it (HttpOnly).
import type { ConsentChoice } from "./consent-choice";
import { addMonths, CONSENT_POLICY_VERSION, CONSENT_VALID_MONTHS } from "./consent-limits";

export interface StoredConsent extends ConsentChoice {
  /** The random consent id that links this browser's records; not derived from anything. */
  visitorId: string;
  policyVersion: string;
  decidedAt: Date;
}

const FORMAT_VERSION = "1";
const PAYLOAD =
  /^1\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{4}-\d{2}-\d{2})\.([01])([01])\.(\d{1,15})$/;

/** "1.<consent id>.<policy version>.<statistics><marketing>.<milliseconds since 1970>". */
export function encodeConsentPayload(consent: StoredConsent): string {
  const flags = `${Number(consent.statistics)}${Number(consent.marketing)}`;
  return [FORMAT_VERSION, consent.visitorId, consent.policyVersion, flags, consent.decidedAt.getTime()].join(
    ".",
  );
}

/** The payload, or null for anything that is not exactly what encodeConsentPayload writes. */
export function decodeConsentPayload(text: string): StoredConsent | null {
  const match = PAYLOAD.exec(text);
  if (!match) return null;
  const [, visitorId, policyVersion, statistics, marketing, milliseconds] = match;
  return {
    visitorId: visitorId as string,
    policyVersion: policyVersion as string,
    statistics: statistics === "1",
    marketing: marketing === "1",
    decidedAt: new Date(Number(milliseconds)),
  };
}

/** A clock a few minutes ahead on another instance must not void a fresh choice. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Whether a stored choice still decides anything: made under the current policy version, not in
 * the future, and less than CONSENT_VALID_MONTHS old. Otherwise the visitor is asked again, and
 * until they answer nothing beyond the necessary is allowed.
 */
export function consentInForce(consent: StoredConsent, now: Date): boolean {
  return (
    consent.policyVersion === CONSENT_POLICY_VERSION &&
    consent.decidedAt.getTime() <= now.getTime() + CLOCK_SKEW_MS &&
    now < addMonths(consent.decidedAt, CONSENT_VALID_MONTHS)
  );
}

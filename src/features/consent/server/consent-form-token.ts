import "server-only";
import { signValue, verifySignedValue } from "@/platform/crypto/signed-value";
// Every consent form carries a token the server signed when it rendered the form: for which consent
// id (or none yet) and when. A post is accepted only with a token issued after the visitor's last
// choice, so a replayed post (a double click, an old request sent again) cannot undo a later choice,
// and a post made for one browser's consent id is worthless in another.
import { DAY_MS } from "@/platform/time/durations";

const PURPOSE = "consent-form";
/** A consent form left open longer than a day is rendered again before it can be used. */
const TOKEN_LIFETIME_MS = DAY_MS;

export function issueConsentFormToken(visitorId: string | null, now = new Date()): string {
  return signValue(PURPOSE, `${visitorId ?? "ny"}~${now.getTime()}`);
}

export function consentFormTokenValid(
  token: string,
  current: { visitorId: string; decidedAt: Date } | null,
  now = new Date(),
): boolean {
  const payload = verifySignedValue(PURPOSE, token, 200);
  const [visitor, issued, ...rest] = (payload ?? "").split("~");
  const issuedAt = Number(issued);
  if (!payload || rest.length > 0 || !/^\d{1,15}$/.test(issued ?? "")) return false;
  if (visitor !== (current?.visitorId ?? "ny")) return false;
  if (issuedAt > now.getTime() || now.getTime() - issuedAt > TOKEN_LIFETIME_MS) return false;
  return current === null || issuedAt >= current.decidedAt.getTime();
}

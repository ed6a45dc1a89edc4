import "server-only";
import { randomBytes } from "node:crypto";
import { type SigningPurpose, signValue, verifySignedValue } from "@/platform/crypto/signed-value";
import { DAY_MS } from "@/platform/time/durations";
import { TRUSTED_DEVICE_DAYS } from "../domain/security-limits";

/**
 * A device cookie (OWASP, "Slow down online guessing attacks with device cookies"): a browser
 * that has signed in to an account before carries a signed token for that account. Guessing from
 * anywhere else locks only "unknown devices" out of the account, so an attacker cannot lock the
 * real user out of the browser they always use. The token names no one: a random nonce, when it
 * was issued, and an HMAC over those, the user id and the time of the last password change, so a
 * new password (change or reset) ends the trust of every browser, and so does age.
 */
export const TRUSTED_DEVICE_COOKIE = "klarkraft-enhet";
const MAX_AGE_MS = TRUSTED_DEVICE_DAYS * DAY_MS;
/** What follows the nonce: the issue time and its signature (43 characters) fit well inside. */
const MAX_TOKEN_LENGTH = 160;

type DeviceOwner = { id: string; passwordChangedAt: Date };

/** The signature binds the issue time to the user, their password's age and the nonce. */
function purpose(owner: DeviceOwner, nonce: string): SigningPurpose {
  return ["trusted-device", owner.id, String(owner.passwordChangedAt.getTime()), nonce];
}

/** "<nonce>.<issued at, Unix seconds>.<signature>" */
export function issueDeviceToken(owner: DeviceOwner, now: Date = new Date()): string {
  const nonce = randomBytes(16).toString("base64url");
  const issuedAt = String(Math.floor(now.getTime() / 1000));
  return `${nonce}.${signValue(purpose(owner, nonce), issuedAt)}`;
}

/** The token's nonce when it was issued to this user since their last password change and is not too old, else null. */
export function trustedDeviceNonce(
  token: string | undefined,
  owner: DeviceOwner,
  now: Date = new Date(),
): string | null {
  const cut = (token ?? "").indexOf(".");
  const nonce = token?.slice(0, cut) ?? "";
  if (cut <= 0 || nonce.length > 64) return null;
  const issuedAt = verifySignedValue(purpose(owner, nonce), token?.slice(cut + 1), MAX_TOKEN_LENGTH);
  if (issuedAt === null || !/^\d{1,12}$/.test(issuedAt)) return null;
  return now.getTime() - Number(issuedAt) * 1000 < MAX_AGE_MS ? nonce : null;
}

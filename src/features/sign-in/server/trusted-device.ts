import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/platform/env";
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

type DeviceOwner = { id: string; passwordChangedAt: Date };

function signature(owner: DeviceOwner, nonce: string, issuedAt: string): string {
  return createHmac("sha256", env().AUTH_SECRET)
    .update(`trusted-device\0${owner.id}\0${owner.passwordChangedAt.getTime()}\0${nonce}\0${issuedAt}`)
    .digest("base64url");
}

export function issueDeviceToken(owner: DeviceOwner, now: Date = new Date()): string {
  const nonce = randomBytes(16).toString("base64url");
  const issuedAt = String(Math.floor(now.getTime() / 1000));
  return `${nonce}.${issuedAt}.${signature(owner, nonce, issuedAt)}`;
}

/** The token's nonce when it was issued to this user since their last password change and is not too old, else null. */
export function trustedDeviceNonce(
  token: string | undefined,
  owner: DeviceOwner,
  now: Date = new Date(),
): string | null {
  const [nonce, issuedAt, given, ...rest] = (token ?? "").split(".");
  if (!nonce || !issuedAt || !given || rest.length > 0 || nonce.length > 64 || !/^\d{1,12}$/.test(issuedAt)) {
    return null;
  }
  const expected = Buffer.from(signature(owner, nonce, issuedAt));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return now.getTime() - Number(issuedAt) * 1000 < MAX_AGE_MS ? nonce : null;
}

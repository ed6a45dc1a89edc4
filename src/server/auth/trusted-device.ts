import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

/**
 * A device cookie (OWASP, "Slow down online guessing attacks with device cookies"): a browser
 * that has signed in to an account before carries a signed token for that account. Guessing from
 * anywhere else locks only "unknown devices" out of the account, so an attacker cannot lock the
 * real user out of the browser they always use. The token names no one: a random nonce and an
 * HMAC over it and the user id.
 */
export const TRUSTED_DEVICE_COOKIE = "klarkraft-enhet";

function signature(userId: string, nonce: string): string {
  return createHmac("sha256", env().AUTH_SECRET)
    .update(`trusted-device\0${userId}\0${nonce}`)
    .digest("base64url");
}

export function issueDeviceToken(userId: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${signature(userId, nonce)}`;
}

/** The token's nonce when it was issued to this user, else null (absent, forged, or another account's). */
export function trustedDeviceNonce(token: string | undefined, userId: string): string | null {
  const [nonce, given, ...rest] = (token ?? "").split(".");
  if (!nonce || !given || rest.length > 0 || nonce.length > 64) return null;
  const expected = Buffer.from(signature(userId, nonce));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? nonce : null;
}

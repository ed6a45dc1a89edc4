import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/platform/env";

/**
 * What a signature is bound to: the purpose, and optionally what the value belongs to without
 * carrying it (a user id, when their password last changed). Parts are joined with NUL, which none holds.
 */
export type SigningPurpose = string | readonly [string, ...string[]];

function signature(purpose: SigningPurpose, payload: string): string {
  const context = typeof purpose === "string" ? purpose : purpose.join("\0");
  return createHmac("sha256", env().AUTH_SECRET).update(`${context}\0${payload}`).digest("base64url");
}

/**
 * The HMAC alone, for a short secret stored in the database (a mailed code): without the server's
 * secret a copy of the table cannot be tried against the few possible codes. Its own purpose keeps
 * it from ever equalling a signature given out for another purpose.
 */
export function keyedDigest(purpose: SigningPurpose, value: string): string {
  return signature(purpose, value);
}

/** Whether two digests are equal, in time that does not depend on where they first differ. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * "<payload>.<HMAC-SHA-256 of purpose and payload>": the purpose keeps one kind from passing for another.
 * The one signer for every signed cookie or token (consent cookie and form token, trusted device).
 */
export function signValue(purpose: SigningPurpose, payload: string): string {
  return `${payload}.${signature(purpose, payload)}`;
}

/** The payload of a value this server signed for `purpose`, else null (absent, too long, edited, forged). */
export function verifySignedValue(
  purpose: SigningPurpose,
  value: string | undefined,
  maxLength: number,
): string | null {
  if (!value || value.length > maxLength) return null;
  const cut = value.lastIndexOf(".");
  if (cut <= 0) return null;
  const payload = value.slice(0, cut);
  return sameDigest(value.slice(cut + 1), signature(purpose, payload)) ? payload : null;
}

import "server-only";
// Keyed hashes of short secrets the server must recognise but never read back (the activation code in
// a letter): HMAC-SHA-256 with the server secret, bound to a purpose and to what the secret belongs to.
// A copy of the database without the secret cannot try every code against the stored hashes.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/platform/env";
import type { SigningPurpose } from "./signed-value";

/** HMAC-SHA-256 (base64url) of `value` under the server secret, for this purpose only. */
export function keyedHash(purpose: SigningPurpose, value: string): string {
  const context = typeof purpose === "string" ? purpose : purpose.join("\0");
  return createHmac("sha256", env().AUTH_SECRET).update(`${context}\0${value}`, "utf8").digest("base64url");
}

/** Compares two hashes in constant time: how long it takes says nothing about how much matched. */
export function sameKeyedHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

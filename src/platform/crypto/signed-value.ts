import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/platform/env";

function signature(purpose: string, payload: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`${purpose}\0${payload}`).digest("base64url");
}

/** "<payload>.<HMAC-SHA-256 of purpose and payload>": the purpose keeps one kind from passing for another. */
export function signValue(purpose: string, payload: string): string {
  return `${payload}.${signature(purpose, payload)}`;
}

/** The payload of a value this server signed for `purpose`, else null (absent, too long, edited, forged). */
export function verifySignedValue(
  purpose: string,
  value: string | undefined,
  maxLength: number,
): string | null {
  if (!value || value.length > maxLength) return null;
  const cut = value.lastIndexOf(".");
  if (cut <= 0) return null;
  const payload = value.slice(0, cut);
  const expected = Buffer.from(signature(purpose, payload));
  const given = Buffer.from(value.slice(cut + 1));
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}

import "server-only";
// SECOND_FACTOR_KEY is never used directly: HKDF derives one key per purpose from it, so the key
// that encrypts TOTP secrets is not the one that hashes recovery codes.
import { hkdfSync } from "node:crypto";
import { env } from "@/platform/env";

export function secondFactorSubkey(purpose: "totp-secret" | "recovery-code"): Buffer {
  const master = Buffer.from(env().SECOND_FACTOR_KEY, "base64");
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `minside:second-factor:${purpose}:v1`, 32));
}

import "server-only";
// The fødselsnummer at rest (P13): AES-256-GCM ciphertext for reading it back, and a keyed HMAC
// (blind index) for finding a customer by it without decrypting every row. Two separate keys, so a
// leaked hash key reveals nothing about the ciphertexts and vice versa.
import { createHmac } from "node:crypto";
import { env } from "@/platform/env";
import { normaliseNationalId } from "@/platform/identifiers/national-id";
import { openText, type SealingKey, sealText } from "./sealed-text";

// Binds each ciphertext to its purpose: a ciphertext copied into another encrypted field will not open.
const ASSOCIATED_DATA = Buffer.from("minside:national-id:v1");

function sealingKey(): SealingKey {
  const key = Buffer.from(env().NATIONAL_ID_ENCRYPTION_KEY, "base64");
  if (key.length !== 32)
    throw new Error("NATIONAL_ID_ENCRYPTION_KEY must be exactly 32 bytes, base64-encoded");
  return { key, associatedData: ASSOCIATED_DATA };
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts; a fresh random IV every time. */
export function encryptNationalId(nationalId: string): string {
  return sealText(normaliseNationalId(nationalId), sealingKey());
}

/** Throws when the value is malformed, was made with another key, or has been altered. */
export function decryptNationalId(stored: string): string {
  return openText(stored, sealingKey());
}

/** HMAC-SHA-256 (hex) of the normalised number: equal numbers give equal indexes, under one key only. */
export function nationalIdBlindIndex(nationalId: string): string {
  return createHmac("sha256", Buffer.from(env().NATIONAL_ID_HASH_KEY, "base64"))
    .update(normaliseNationalId(nationalId), "utf8")
    .digest("hex");
}

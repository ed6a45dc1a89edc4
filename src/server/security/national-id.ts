import "server-only";
// The fødselsnummer at rest (P13): AES-256-GCM ciphertext for reading it back, and a keyed HMAC
// (blind index) for finding a customer by it without decrypting every row. Two separate keys, so a
// leaked hash key reveals nothing about the ciphertexts and vice versa.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { normaliseNationalId } from "@/domain/national-id";
import { env } from "@/server/env";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Binds each ciphertext to its purpose: a ciphertext copied into another encrypted field will not open.
const ASSOCIATED_DATA = Buffer.from("minside:national-id:v1");

function encryptionKey(): Buffer {
  const key = Buffer.from(env().NATIONAL_ID_ENCRYPTION_KEY, "base64");
  if (key.length !== 32)
    throw new Error("NATIONAL_ID_ENCRYPTION_KEY must be exactly 32 bytes, base64-encoded");
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts; a fresh random IV every time. */
export function encryptNationalId(nationalId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(ASSOCIATED_DATA);
  const ciphertext = Buffer.concat([cipher.update(normaliseNationalId(nationalId), "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((p) => p.toString("base64url")).join(".");
}

/** Throws when the value is malformed, was made with another key, or has been altered. */
export function decryptNationalId(stored: string): string {
  const [version, iv, tag, ciphertext, ...rest] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !ciphertext || rest.length) {
    throw new Error("Unrecognised national ID ciphertext format");
  }
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(ASSOCIATED_DATA);
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}

/** HMAC-SHA-256 (hex) of the normalised number: equal numbers give equal indexes, under one key only. */
export function nationalIdBlindIndex(nationalId: string): string {
  return createHmac("sha256", Buffer.from(env().NATIONAL_ID_HASH_KEY, "base64"))
    .update(normaliseNationalId(nationalId), "utf8")
    .digest("hex");
}

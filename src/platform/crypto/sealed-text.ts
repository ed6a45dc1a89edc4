import "server-only";
// AES-256-GCM for short secrets at rest (national ID numbers, TOTP secrets). Each caller passes its
// own key and associated data, which binds a ciphertext to its purpose: one copied into another
// encrypted column will not open there.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealingKey {
  key: Buffer;
  associatedData: Buffer;
}

function checked(key: Buffer): Buffer {
  if (key.length !== 32) throw new Error("An AES-256 key must be exactly 32 bytes");
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts; a fresh random IV every time. */
export function sealText(plaintext: string, { key, associatedData }: SealingKey): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", checked(key), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((p) => p.toString("base64url")).join(".");
}

/** Throws when the value is malformed, was sealed with another key or purpose, or has been altered. */
export function openText(stored: string, { key, associatedData }: SealingKey): string {
  const [version, iv, tag, ciphertext, ...rest] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !ciphertext || rest.length) {
    throw new Error("Unrecognised ciphertext format");
  }
  const decipher = createDecipheriv("aes-256-gcm", checked(key), Buffer.from(iv, "base64url"), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(associatedData);
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}

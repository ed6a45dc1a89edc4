import "server-only";
// The activation code in a letter: random, printed once, stored only as a keyed hash bound to the
// person's blind index, so equal codes of two people differ and a copy of the database opens nothing.
import { randomBytes } from "node:crypto";
import { keyedHash } from "@/platform/crypto/keyed-hash";
import { ACTIVATION_CODE_ALPHABET, ACTIVATION_CODE_LENGTH } from "../domain/activation-letter";

/** Each random byte's low 5 bits pick one of the 32 characters, so every character is equally likely. */
export function newActivationCode(): string {
  return [...randomBytes(ACTIVATION_CODE_LENGTH)].map((byte) => ACTIVATION_CODE_ALPHABET[byte & 31]).join("");
}

/** HMAC-SHA-256 of a normalised code under the server secret, for the person with this blind index. */
export function activationCodeHash(nationalIdHash: string, code: string): string {
  return keyedHash(["activation-code", nationalIdHash], code);
}

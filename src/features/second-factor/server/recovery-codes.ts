import "server-only";
// Recovery codes: random, shown once, stored only as a keyed hash. A plain SHA-256 of a 50-bit code
// could be brute-forced from a copy of the database; the HMAC key is not in the database.
import { createHmac, randomBytes } from "node:crypto";
import { RECOVERY_CODE_ALPHABET, RECOVERY_CODE_COUNT, RECOVERY_CODE_LENGTH } from "../domain/second-factor";
import { secondFactorSubkey } from "./second-factor-key";

/** One code: each random byte's low 5 bits pick one of the 32 letters, so every letter is equally likely. */
function newRecoveryCode(): string {
  return [...randomBytes(RECOVERY_CODE_LENGTH)].map((byte) => RECOVERY_CODE_ALPHABET[byte & 31]).join("");
}

/** A fresh set of distinct codes, in normalised form (see normaliseRecoveryCode). */
export function newRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
  return [...codes];
}

/** HMAC-SHA-256 (hex) of a normalised code, bound to its user so equal codes of two users differ. */
export function recoveryCodeHash(userId: string, code: string): string {
  return createHmac("sha256", secondFactorSubkey("recovery-code"))
    .update(`${userId}\0${code}`, "utf8")
    .digest("hex");
}

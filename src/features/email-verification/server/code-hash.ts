import "server-only";
// The code and what is kept of it. Six digits are a million possibilities: a plain hash of them
// would give every code away to anyone with a copy of the database, so the stored value is an HMAC
// under the server's secret, bound to the purpose, the subject and the address the code was mailed
// to: the same digits typed for another address, subject or purpose never match.
import { randomInt } from "node:crypto";
import { keyedDigest, sameDigest } from "@/platform/crypto/signed-value";
import { EMAIL_CODE_DIGITS, type EmailCodePurpose } from "../domain/email-code";

/** Whose code it is and where it was sent. */
export interface CodeBinding {
  purpose: EmailCodePurpose;
  /** A user id for an email change, an onboarding application id for onboarding. */
  subjectId: string;
  email: string;
}

/** Addresses are compared as logins are stored: trimmed and lower-cased. */
export function normaliseAddress(email: string): string {
  return email.trim().toLowerCase();
}

/** Six digits from the operating system's random source, leading zeros kept. */
export function newEmailCode(): string {
  return String(randomInt(0, 10 ** EMAIL_CODE_DIGITS)).padStart(EMAIL_CODE_DIGITS, "0");
}

export function emailCodeHash(binding: CodeBinding, code: string): string {
  const purpose = [
    "email-code:v1",
    binding.purpose,
    binding.subjectId,
    normaliseAddress(binding.email),
  ] as const;
  return keyedDigest(purpose, code.replace(/\s/g, ""));
}

/** Whether `code` is the one stored for this binding, compared in constant time. */
export function codeMatches(storedHash: string, binding: CodeBinding, code: string): boolean {
  return sameDigest(storedHash, emailCodeHash(binding, code));
}

import "server-only";
// TOTP (RFC 6238) through otpauth: HMAC-SHA-1, 6 digits, 30-second steps, the parameters every
// authenticator app assumes. The shared secret is stored AES-256-GCM encrypted.
import { Secret, TOTP } from "otpauth";
import { openText, type SealingKey, sealText } from "@/platform/crypto/sealed-text";
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS, TOTP_WINDOW_STEPS } from "../domain/second-factor";
import { secondFactorSubkey } from "./second-factor-key";

/** Shown as the account's name in the app. */
export const TOTP_ISSUER = "Klarkraft";
/** 160 bits, the HMAC-SHA-1 key length RFC 4226 recommends. */
const SECRET_BYTES = 20;

function sealingKey(): SealingKey {
  return { key: secondFactorSubkey("totp-secret"), associatedData: Buffer.from("minside:totp-secret:v1") };
}

function totp(secret: string, account = ""): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: account,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random secret, base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

export function encryptTotpSecret(secret: string): string {
  return sealText(secret, sealingKey());
}

export function decryptTotpSecret(stored: string): string {
  return openText(stored, sealingKey());
}

/** The otpauth:// URI the QR code carries (Key Uri Format): issuer, account, secret and parameters. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The time step a moment falls in: seconds since 1970 divided by the period. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The time step `code` is valid for, within TOTP_WINDOW_STEPS of now, or null. The caller refuses a
 * step at or before the last one used, so a code cannot be replayed (RFC 6238 §5.2).
 */
export function matchingTotpStep(secret: string, code: string, now: Date): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW_STEPS });
  return delta === null ? null : totpStep(now) + delta;
}

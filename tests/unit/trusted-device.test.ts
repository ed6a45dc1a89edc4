import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TRUSTED_DEVICE_DAYS } from "@/features/sign-in/domain/security-limits";
import { issueDeviceToken, trustedDeviceNonce } from "@/features/sign-in/server/trusted-device";
import { env } from "@/platform/env";
import { DAY_MS } from "@/platform/time/durations";

const NOW = new Date("2026-11-25T12:00:00Z");
const OWNER = {
  id: "0b5b1d8e-3c4a-4f5e-9a6b-7c8d9e0f1a2b",
  passwordChangedAt: new Date("2026-01-01T00:00:00Z"),
};

describe("the trusted-device cookie, signed by the platform signer", () => {
  it("a token issued to a user is trusted for that user only, until the password changes", () => {
    const token = issueDeviceToken(OWNER, NOW);
    const nonce = trustedDeviceNonce(token, OWNER, NOW);
    expect(nonce).toMatch(/^[\w-]{22}$/);
    expect(token.startsWith(`${nonce}.`)).toBe(true);
    expect(trustedDeviceNonce(token, { ...OWNER, id: "another-user" }, NOW)).toBeNull();
    expect(trustedDeviceNonce(token, { ...OWNER, passwordChangedAt: NOW }, NOW)).toBeNull();
  });

  it("an edited, malformed or too old token is not trusted", () => {
    const token = issueDeviceToken(OWNER, NOW);
    const [nonce, issuedAt, signature] = token.split(".");
    expect(trustedDeviceNonce(`${nonce}.${Number(issuedAt) + 1}.${signature}`, OWNER, NOW)).toBeNull();
    expect(trustedDeviceNonce(`x${token}`, OWNER, NOW)).toBeNull();
    expect(trustedDeviceNonce(`${token}.x`, OWNER, NOW)).toBeNull();
    for (const malformed of [undefined, "", ".", "a.b", `.${issuedAt}.${signature}`]) {
      expect(trustedDeviceNonce(malformed, OWNER, NOW)).toBeNull();
    }
    const lastMoment = new Date(NOW.getTime() + TRUSTED_DEVICE_DAYS * DAY_MS - 1000);
    expect(trustedDeviceNonce(token, OWNER, lastMoment)).toBe(nonce);
    expect(
      trustedDeviceNonce(token, OWNER, new Date(NOW.getTime() + TRUSTED_DEVICE_DAYS * DAY_MS)),
    ).toBeNull();
  });

  it("a cookie issued before the move to the platform signer is still trusted (same format, same HMAC)", () => {
    const nonce = "AAAAAAAAAAAAAAAAAAAAAA";
    const issuedAt = String(NOW.getTime() / 1000);
    const before = createHmac("sha256", env().AUTH_SECRET)
      .update(`trusted-device\0${OWNER.id}\0${OWNER.passwordChangedAt.getTime()}\0${nonce}\0${issuedAt}`)
      .digest("base64url");
    expect(trustedDeviceNonce(`${nonce}.${issuedAt}.${before}`, OWNER, NOW)).toBe(nonce);
  });
});

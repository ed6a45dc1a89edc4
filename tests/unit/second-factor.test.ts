import { afterEach, describe, expect, it, vi } from "vitest";
import {
  formatRecoveryCode,
  groupSecret,
  normaliseRecoveryCode,
  pendingSecondFactor,
  RECOVERY_CODE_COUNT,
  secondFactorPath,
  ZSecondFactorCode,
  ZTotpCode,
} from "@/features/second-factor/domain/second-factor";
import { newRecoveryCodes, recoveryCodeHash } from "@/features/second-factor/server/recovery-codes";
import { secondFactorSubkey } from "@/features/second-factor/server/second-factor-key";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  matchingTotpStep,
  newTotpSecret,
  totpUri,
} from "@/features/second-factor/server/totp";
import { encryptNationalId } from "@/platform/crypto/national-id";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

// RFC 6238 appendix B: the SHA-1 key is the ASCII string "12345678901234567890"; a 6-digit code is
// the last six digits of the 8-digit one in the table.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, "287082"],
  [1_111_111_109, "081804"],
  [1_111_111_111, "050471"],
  [1_234_567_890, "005924"],
  [2_000_000_000, "279037"],
];

describe("TOTP", () => {
  it.each(RFC_VECTORS)("matches RFC 6238's test vector at %i s", (seconds, code) => {
    const at = new Date(seconds * 1000);
    expect(matchingTotpStep(RFC_SECRET, code, at)).toBe(Math.floor(seconds / 30));
  });

  it("accepts one 30-second step of clock drift either way, and no more", () => {
    const [seconds, code] = RFC_VECTORS[1] ?? [0, ""];
    const step = Math.floor(seconds / 30);
    const at = (offset: number) => new Date((seconds + offset) * 1000);
    expect(matchingTotpStep(RFC_SECRET, code, at(30))).toBe(step);
    expect(matchingTotpStep(RFC_SECRET, code, at(-30))).toBe(step);
    expect(matchingTotpStep(RFC_SECRET, code, at(90))).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, code, at(-90))).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, "000000", at(0))).toBeNull();
  });

  it("makes 160-bit secrets, stores them only encrypted, and opens them only as TOTP secrets", async () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const stored = encryptTotpSecret(secret);
    expect(stored).not.toContain(secret);
    expect(encryptTotpSecret(secret)).not.toBe(stored);
    expect(decryptTotpSecret(stored)).toBe(secret);
    // A national-ID ciphertext copied into the column does not open: other key, other purpose.
    expect(() => decryptTotpSecret(encryptNationalId("01819012446"))).toThrow();

    vi.stubEnv("SECOND_FACTOR_KEY", Buffer.alloc(32, "another-key").toString("base64"));
    vi.resetModules();
    const otherKey = await import("@/features/second-factor/server/totp");
    expect(() => otherKey.decryptTotpSecret(stored)).toThrow();
  });

  it("puts issuer, account and the parameters every app assumes into the QR code's URI", () => {
    const uri = new URL(totpUri(RFC_SECRET, "kundeservice@example.com"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Klarkraft:kundeservice@example.com");
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: "Klarkraft",
      secret: RFC_SECRET,
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });
});

describe("recovery codes", () => {
  it("issues ten distinct 10-character codes from an alphabet without look-alike letters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
    expect(formatRecoveryCode("ab3cdef4gh")).toBe("ab3cd-ef4gh");
  });

  it("hashes a code with a key, per user, so neither a leaked table nor another user's code opens it", async () => {
    const hash = recoveryCodeHash("user-a", "ab3cdef4gh");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash("user-a", "ab3cdef4gh")).toBe(hash);
    expect(recoveryCodeHash("user-b", "ab3cdef4gh")).not.toBe(hash);

    vi.stubEnv("SECOND_FACTOR_KEY", Buffer.alloc(32, "another-key").toString("base64"));
    vi.resetModules();
    const otherKey = await import("@/features/second-factor/server/recovery-codes");
    expect(otherKey.recoveryCodeHash("user-a", "ab3cdef4gh")).not.toBe(hash);
  });

  it("derives a separate key for each purpose from SECOND_FACTOR_KEY", () => {
    expect(secondFactorSubkey("totp-secret")).toHaveLength(32);
    expect(secondFactorSubkey("totp-secret").equals(secondFactorSubkey("recovery-code"))).toBe(false);
  });
});

describe("code input", () => {
  it("reads six digits as an app code and ten characters as a recovery code, however they are typed", () => {
    expect(ZSecondFactorCode.parse(" 123 456 ")).toEqual({ method: "totp", code: "123456" });
    expect(ZSecondFactorCode.parse("AB3CD-EF4GH")).toEqual({ method: "recovery-code", code: "ab3cdef4gh" });
    expect(ZSecondFactorCode.parse("ab3cd ef4gh")).toEqual({ method: "recovery-code", code: "ab3cdef4gh" });
    // O, I and L are read as the digits they look like.
    expect(normaliseRecoveryCode("OIL0-ABCDE")).toBe("0110abcde");
  });

  it("refuses anything else with a Norwegian message, and never a 10,000-character paste", () => {
    for (const value of ["", "   ", "12345", "1234567", "abcdefghu1", "x".repeat(10_000)]) {
      const result = ZSecondFactorCode.safeParse(value);
      expect(result.success, value.slice(0, 20)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/kode|sifrene/i);
    }
    expect(ZTotpCode.safeParse("12 34 56").data).toBe("123456");
    expect(ZTotpCode.safeParse("ab3cd-ef4gh").success).toBe(false);
  });

  it("groups a secret in fours for typing", () => {
    expect(groupSecret("KLARKRAFTDEMO")).toBe("KLAR KRAF TDEM O");
  });
});

describe("who owes what", () => {
  it("staff always need the second factor and set the app up first; customers only once they turned it on", () => {
    const owes = (role: "CUSTOMER" | "SUPPORT" | "ADMIN", enrolled: boolean, verified: boolean) =>
      pendingSecondFactor({ role, enrolled, verified });
    expect(owes("SUPPORT", false, false)).toBe("enrolment");
    expect(owes("ADMIN", true, false)).toBe("code");
    expect(owes("ADMIN", true, true)).toBeNull();
    expect(owes("CUSTOMER", false, false)).toBeNull();
    expect(owes("CUSTOMER", true, false)).toBe("code");
    expect(owes("CUSTOMER", true, true)).toBeNull();
  });

  it("sends each step to its page and keeps the return path", () => {
    expect(secondFactorPath("code", null)).toBe("/logg-inn/kode");
    expect(secondFactorPath("enrolment", "/admin?q=1")).toBe(
      "/logg-inn/totp-oppsett?tilbake=%2Fadmin%3Fq%3D1",
    );
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { decryptNationalId, encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";

// A synthetic number (month + 80): 018190 124, control digits 4 and 6.
const NATIONAL_ID = "01819012446";

/** The module again, with env() re-read after the variables have been changed. */
async function withFreshEnv(variables: Record<string, string>) {
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("@/platform/crypto/national-id");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("national ID protection", () => {
  it("P13: the national ID number is stored encrypted and found by keyed hash", () => {
    const stored = encryptNationalId(NATIONAL_ID);
    expect(stored).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(stored).not.toContain(NATIONAL_ID);
    expect(stored).not.toContain(NATIONAL_ID.slice(0, 6));
    expect(decryptNationalId(stored)).toBe(NATIONAL_ID);

    const index = nationalIdBlindIndex(NATIONAL_ID);
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(index).not.toContain(NATIONAL_ID);
    // The same number typed with spaces finds the same customer.
    expect(nationalIdBlindIndex("018190 12446")).toBe(index);
  });

  it("encrypts the same number differently every time (random IV)", () => {
    const first = encryptNationalId(NATIONAL_ID);
    const second = encryptNationalId(NATIONAL_ID);
    expect(first).not.toBe(second);
    expect(first.split(".")[1]).not.toBe(second.split(".")[1]);
    expect(decryptNationalId(second)).toBe(NATIONAL_ID);
  });

  it("gives a stable blind index that differs between numbers and between keys", async () => {
    const index = nationalIdBlindIndex(NATIONAL_ID);
    expect(nationalIdBlindIndex(NATIONAL_ID)).toBe(index);
    expect(nationalIdBlindIndex("01819012608")).not.toBe(index);

    const other = await withFreshEnv({
      NATIONAL_ID_HASH_KEY: Buffer.alloc(32, "another-key").toString("base64"),
    });
    expect(other.nationalIdBlindIndex(NATIONAL_ID)).toMatch(/^[0-9a-f]{64}$/);
    expect(other.nationalIdBlindIndex(NATIONAL_ID)).not.toBe(index);
  });

  it("refuses a tampered, truncated or foreign ciphertext", async () => {
    const stored = encryptNationalId(NATIONAL_ID);
    const [version, iv, tag, ciphertext] = stored.split(".") as [string, string, string, string];
    const flipped = Buffer.from(ciphertext, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;

    expect(() => decryptNationalId([version, iv, tag, flipped.toString("base64url")].join("."))).toThrow();
    expect(() =>
      decryptNationalId([version, iv, Buffer.alloc(16).toString("base64url"), ciphertext].join(".")),
    ).toThrow();
    expect(() => decryptNationalId([version, iv, tag].join("."))).toThrow();
    expect(() => decryptNationalId(`v2.${iv}.${tag}.${ciphertext}`)).toThrow();
    expect(() => decryptNationalId(NATIONAL_ID)).toThrow();

    const otherKey = await withFreshEnv({
      NATIONAL_ID_ENCRYPTION_KEY: Buffer.alloc(32, "another-key").toString("base64"),
    });
    expect(() => otherKey.decryptNationalId(stored)).toThrow();
  });
});

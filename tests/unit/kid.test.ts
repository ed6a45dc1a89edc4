import { describe, expect, it } from "vitest";
import {
  invoiceKid,
  isValidKid,
  isValidMod10Kid,
  isValidMod11Kid,
  KID_LENGTH,
  mod10CheckDigit,
  mod11CheckDigit,
} from "@/platform/identifiers/kid";

// Published valid KIDs and check digits:
// - 79927398713: the Luhn (MOD10) example everyone uses (Wikipedia, "Luhn algorithm").
// - 12344 (MOD10) and 12343 (MOD11) from 1234: the norwegian-numbers package's README.
// - 2345676, 23456767, 0044555258 (MOD10) and 0365327 (MOD11): NAV's Modulus tests (navikt).
// - 602243: Monitor ERP's KID guide, invoice 60224 with MOD10 check digit 3.
// - 000506701000172: Unimicro's 15-digit standard KID (invoice 5067, customer 100017, check 2).
const MOD10 = ["79927398713", "12344", "2345676", "23456767", "0044555258", "602243", "000506701000172"];
const MOD11 = ["12343", "0365327"];

/** The same KID with its check digit replaced by every other digit. */
function wrongCheckDigits(kid: string): string[] {
  const last = Number(kid.slice(-1));
  return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => d !== last).map((d) => `${kid.slice(0, -1)}${d}`);
}

describe("KID check digits", () => {
  it.each(MOD10)("accepts the published MOD10 KID %s and no other check digit", (kid) => {
    expect(isValidMod10Kid(kid)).toBe(true);
    expect(mod10CheckDigit(kid.slice(0, -1))).toBe(Number(kid.slice(-1)));
    for (const wrong of wrongCheckDigits(kid)) expect(isValidMod10Kid(wrong)).toBe(false);
  });

  it.each(MOD11)("accepts the published MOD11 KID %s and no other check digit", (kid) => {
    expect(isValidMod11Kid(kid)).toBe(true);
    for (const wrong of wrongCheckDigits(kid)) expect(isValidMod11Kid(wrong)).toBe(false);
  });

  it("MOD11 gives 0 for a remainder of 0 and a dash for 10, which only MOD11 accepts", () => {
    // "0": 0×2 = 0, remainder 0 → 0. "5": 5×2 = 10 → 11 − 10 = 1. "6": 6×2 = 12, remainder 1 → 10 → "-".
    expect(mod11CheckDigit("0")).toBe(0);
    expect(mod11CheckDigit("5")).toBe(1);
    expect(mod11CheckDigit("6")).toBe("-");
    expect(isValidMod11Kid("6-")).toBe(true);
    expect(isValidMod10Kid("6-")).toBe(false);
    expect(isValidKid("6-")).toBe(true);
  });

  it("refuses what is not a KID: letters, one digit, more than 25 digits", () => {
    expect(isValidKid("12a44")).toBe(false);
    expect(isValidKid("0")).toBe(false);
    const body = "1".repeat(25);
    expect(isValidMod10Kid(`${body}${mod10CheckDigit(body)}`)).toBe(false);
  });
});

describe("an invoice's KID", () => {
  it("is 15 digits: customer number and invoice number zero-padded, then a valid MOD10 check digit", () => {
    // 00000010000001: digits from the right 1,0,0,0,0,0,0,1,0,…; doubled positions (1st, 3rd, …): 1→2,
    // 0, 0, 0, 0, 0, 0 (the 1 of the customer number is at the 8th, not doubled) → 2 + 1 = 3 → check 7.
    expect(invoiceKid(1, 1)).toBe("000000100000017");
    expect(invoiceKid(1234567, 7654321)).toHaveLength(KID_LENGTH);
    for (const [customer, invoice] of [
      [1, 1],
      [42, 1_000],
      [1234567, 7654321],
      [9_999_999, 9_999_999],
    ] as const) {
      const kid = invoiceKid(customer, invoice);
      expect(kid).toMatch(/^\d{15}$/);
      expect(isValidMod10Kid(kid)).toBe(true);
    }
    expect(() => invoiceKid(1, 10_000_000)).toThrow(RangeError);
    expect(() => invoiceKid(0, 1)).toThrow(RangeError);
  });
});

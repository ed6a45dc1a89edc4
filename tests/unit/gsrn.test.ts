import { describe, expect, it } from "vitest";
import { gsrnCheckDigit, isValidGsrn, norwegianGsrn, ZGsrn } from "@/platform/identifiers/gsrn";

// Worked by hand. Weights run 3,1,3,… from the right of the 17 digits, so with 17 digits the odd
// positions counted from the left (1st, 3rd, …, 17th) get 3 and the even ones get 1.
//
// 70705750000000001: odd positions 7+7+5+5+0+0+0+0+1 = 25 → ×3 = 75; even 0+0+7+0+0+0+0+0 = 7;
//   sum 82 → check (10 − 2) mod 10 = 8 → 707057500000000018.
// 70705750012345678: odd 7+7+5+5+0+2+4+6+8 = 44 → ×3 = 132; even 0+0+7+0+1+3+5+7 = 23;
//   sum 155 → check (10 − 5) mod 10 = 5 → 707057500123456785.
// 70705750000000003: odd 7+7+5+5+0+0+0+0+3 = 27 → ×3 = 81; even 7; sum 88 → check 2.
// 70705750000000019: odd 7+7+5+5+0+0+0+0+9 = 33 → ×3 = 99; even 0+0+7+0+0+0+0+1 = 8;
//   sum 107 → check 3 → 707057500000000193.
// 70705750000000010: odd 7+7+5+5+0+0+0+0+0 = 24 → ×3 = 72; even 8; sum 80 → check 0.
// 73599910000000001 (a Swedish prefix): odd 7+5+9+1+0+0+0+0+1 = 23 → ×3 = 69; even 3+9+9+0+0+0+0+0
//   = 21; sum 90 → check 0 → 735999100000000010.

describe("GSRN check digit", () => {
  it("matches the hand-computed examples", () => {
    expect(gsrnCheckDigit("70705750000000001")).toBe(8);
    expect(gsrnCheckDigit("70705750012345678")).toBe(5);
    expect(gsrnCheckDigit("70705750000000003")).toBe(2);
    expect(gsrnCheckDigit("70705750000000019")).toBe(3);
  });

  it("gives 0 when the sum is a multiple of 10", () => {
    expect(gsrnCheckDigit("70705750000000010")).toBe(0);
  });

  it("refuses anything but 17 digits", () => {
    expect(() => gsrnCheckDigit("7070575000000001")).toThrow(RangeError);
    expect(() => gsrnCheckDigit("7070575000000000a")).toThrow(RangeError);
  });
});

describe("isValidGsrn", () => {
  it("accepts Norwegian GSRNs with the right check digit", () => {
    expect(isValidGsrn("707057500000000018")).toBe(true);
    expect(isValidGsrn("707057500123456785")).toBe(true);
    expect(isValidGsrn("707057500000000100")).toBe(true);
    expect(isValidGsrn("707057500 123456785")).toBe(true);
  });

  it("rejects a wrong check digit, a wrong length and a foreign prefix", () => {
    expect(isValidGsrn("707057500000000019")).toBe(false);
    expect(isValidGsrn("70705750000000018")).toBe(false);
    expect(isValidGsrn("7070575000000000180")).toBe(false);
    // A correct GS1 check digit, but not Norwegian: the prefix alone must reject it.
    expect(gsrnCheckDigit("73599910000000001")).toBe(0);
    expect(isValidGsrn("735999100000000010")).toBe(false);
  });
});

describe("norwegianGsrn", () => {
  it("builds valid Norwegian GSRNs from a serial", () => {
    expect(norwegianGsrn(1)).toBe("707057500000000018");
    expect(norwegianGsrn(12_345_678)).toBe("707057500123456785");
    for (let serial = 0; serial < 200; serial++) expect(isValidGsrn(norwegianGsrn(serial))).toBe(true);
  });

  it("refuses serials that do not fit in 8 digits", () => {
    expect(() => norwegianGsrn(100_000_000)).toThrow(RangeError);
    expect(() => norwegianGsrn(-1)).toThrow(RangeError);
    expect(() => norwegianGsrn(1.5)).toThrow(RangeError);
  });
});

describe("ZGsrn", () => {
  const message = "Målepunkt-ID-en må være 18 siffer og starte med 707057500.";

  it("returns the GSRN without spaces", () => {
    expect(ZGsrn.parse(" 707057500 123456785 ")).toBe("707057500123456785");
  });

  it("gives the Norwegian message for a wrong GSRN and a 10,000-character input", () => {
    for (const input of ["707057500123456780", "7".repeat(10_000)]) {
      const result = ZGsrn.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(message);
    }
  });
});

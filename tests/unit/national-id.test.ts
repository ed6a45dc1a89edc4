import { describe, expect, it } from "vitest";
import {
  isValidNationalId,
  maskNationalId,
  parseNationalId,
  syntheticNationalId,
  ZNationalId,
} from "@/platform/identifiers/national-id";

// Test data never uses a number that could belong to a real person: every number here is synthetic
// (month + 80), except the three that show the non-synthetic kinds, which are dated 1854, before the
// oldest person ever given a fødselsnummer (numbers were issued from 1964 to people born 1855 or later).
//
// Control digits worked out with k1 weights 3 7 6 1 8 9 4 5 2 over digits 1–9 and k2 weights
// 5 4 3 2 7 6 5 4 3 2 over digits 1–10: k = 11 − (sum mod 11), 11 → 0, 10 → no valid digit.

describe("fødselsnummer control digits", () => {
  it("accepts a number whose control digits follow the mod-11 rule", () => {
    // 018190 124: s1 = 0+7+48+1+72+0+4+10+8 = 150, 150 mod 11 = 7 → k1 = 4;
    // s2 = 0+4+24+2+63+0+5+8+12+8 = 126, 126 mod 11 = 5 → k2 = 6.
    expect(parseNationalId("01819012446")).toEqual({ kind: "FNR", synthetic: true, birthDate: "1990-01-01" });
  });

  it("turns a remainder of 0 into control digit 0, not 11", () => {
    // 018190 126: s1 = 154 = 14·11 → k1 = 0; s2 = 124, 124 mod 11 = 3 → k2 = 8.
    expect(isValidNationalId("01819012608")).toBe(true);
    // 018190 133: s1 = 153 → k1 = 1; s2 = 121 = 11·11 → k2 = 0.
    expect(isValidNationalId("01819013310")).toBe(true);
  });

  it("rejects a wrong first or second control digit", () => {
    expect(isValidNationalId("01819012447")).toBe(false);
    expect(isValidNationalId("01819012456")).toBe(false);
    expect(isValidNationalId("01819012618")).toBe(false);
  });

  it("rejects anything that is not 11 digits", () => {
    for (const value of [
      "",
      "0181901244",
      "018190124460",
      "0181901244a",
      "01-81-90-12446",
      "1".repeat(10_000),
    ]) {
      expect(isValidNationalId(value)).toBe(false);
    }
  });

  it("ignores spaces people type between the date and the personal number", () => {
    expect(isValidNationalId(" 018190 12446 ")).toBe(true);
  });

  it("reads the century from the individual number", () => {
    // 319299 567: individual 500–749 with year ≥ 54 → 1899. s1 = 289 → k1 = 8; s2 = 253 = 23·11 → k2 = 0.
    expect(parseNationalId("31929956780")?.birthDate).toBe("1899-12-31");
    // 298200 500: individual ≥ 500 with year ≤ 39 → 2000, a leap year. s1 = 139 → k1 = 4; s2 = 107 → k2 = 3.
    expect(parseNationalId("29820050043")?.birthDate).toBe("2000-02-29");
    // 298200 100: individual ≤ 499 → 1900, not a leap year. s1 = 123 → k1 = 9; s2 = 97 → k2 = 2.
    expect(isValidNationalId("29820010092")).toBe(false);
  });
});

describe("fødselsnummer 2032 scheme", () => {
  // 018190 134: s1 = 155, 155 mod 11 = 1: the legacy rule gives k1 = 10, so this date and individual
  // number had no valid number before. From 2032, k1 is valid when (s1 + k1) mod 11 is 0, 1, 2 or 3,
  // i.e. k1 ∈ {0, 1, 2}; k2 is the usual mod-11 digit, computed over k1 as written.
  it("accepts a first control digit whose remainder is 2 or 3", () => {
    expect(isValidNationalId("01819013418")).toBe(true); // k1 = 1 (r = 2); s2 = 124 → k2 = 8
    expect(isValidNationalId("01819013426")).toBe(true); // k1 = 2 (r = 3); s2 = 126 → k2 = 6
  });

  it("accepts remainder 1 only with a valid second control digit", () => {
    // k1 = 0 (r = 1) is allowed, but s2 = 122, 122 mod 11 = 1 → k2 would be 10: no number exists.
    for (let k2 = 0; k2 <= 9; k2++) expect(isValidNationalId(`0181901340${k2}`)).toBe(false);
  });

  it("still rejects remainder 4 and a wrong second control digit", () => {
    expect(isValidNationalId("01819013434")).toBe(false); // k1 = 3 → r = 4 (k2 = 4 would fit it)
    expect(isValidNationalId("01819013419")).toBe(false); // k1 = 1 is valid, k2 should be 8
  });

  it("no longer derives a birth year, but the date must exist in some century", () => {
    // 298200 100 with k1 = 0 (r = 2): the individual number would say 1900 (no 29 February), but a
    // 2032 number carries no century, and 2000-02-29 exists. s2 = 79 → k2 = 9.
    expect(parseNationalId("29820010009")).toEqual({ kind: "FNR", synthetic: true });
  });

  it("is lenient where a legacy individual number says nothing about the century", () => {
    // 018190 800: 750–899 with year ≥ 40 is in no legacy range. s1 = 160 → k1 = 5; s2 = 143 → k2 = 0.
    expect(parseNationalId("01819080050")).toEqual({ kind: "FNR", synthetic: true });
  });
});

describe("fødselsnummer kinds", () => {
  it("accepts an ordinary fødselsnummer", () => {
    // 010154 500: s1 = 104 → k1 = 6; s2 = 102 → k2 = 8.
    expect(parseNationalId("01015450068")).toEqual({
      kind: "FNR",
      synthetic: false,
      birthDate: "1854-01-01",
    });
  });

  it("accepts a D-number (day + 40)", () => {
    // 410154 500: s1 = 116 → k1 = 5; s2 = 120 → k2 = 1.
    expect(parseNationalId("41015450051")).toEqual({
      kind: "DNR",
      synthetic: false,
      birthDate: "1854-01-01",
    });
  });

  it("accepts an H-number (month + 40)", () => {
    // 014154 500: s1 = 128 → k1 = 4; s2 = 110 = 10·11 → k2 = 0.
    expect(parseNationalId("01415450040")).toEqual({
      kind: "HNR",
      synthetic: false,
      birthDate: "1854-01-01",
    });
  });

  it("accepts a synthetic D-number (day + 40 and month + 80)", () => {
    // 418190 128: s1 = 170 → k1 = 6; s2 = 162 → k2 = 3.
    expect(parseNationalId("41819012863")).toEqual({ kind: "DNR", synthetic: true, birthDate: "1990-01-01" });
  });
});

describe("fødselsnummer dates", () => {
  it("rejects 31 February even with correct control digits", () => {
    // 318290 124: s1 = 160 → k1 = 5; s2 = 145 → k2 = 9.
    expect(isValidNationalId("31829012459")).toBe(false);
  });

  it("rejects month 13 and day 00", () => {
    // 019390 124: s1 = 158 → k1 = 7; s2 = 139 → k2 = 4.
    expect(isValidNationalId("01939012474")).toBe(false);
    // 008190 124: s1 = 143 = 13·11 → k1 = 0; s2 = 114 → k2 = 7.
    expect(isValidNationalId("00819012407")).toBe(false);
  });

  it("accepts 1 February with the same individual number (the date is the only fault above)", () => {
    // 018290 124: s1 = 151 → k1 = 3; s2 = 126 → k2 = 6.
    expect(isValidNationalId("01829012436")).toBe(true);
  });
});

describe("maskNationalId", () => {
  it("shows only the date part", () => {
    expect(maskNationalId("01819012446")).toBe("018190 *****");
    expect(maskNationalId("018190 12446")).toBe("018190 *****");
  });

  it("reveals nothing of a malformed value", () => {
    expect(maskNationalId("0181901244")).toBe("****** *****");
  });
});

describe("ZNationalId", () => {
  const message = "Fødselsnummeret er ikke gyldig. Sjekk at du har skrevet 11 siffer riktig.";

  it("returns the number without spaces", () => {
    expect(ZNationalId.parse(" 018190 12446 ")).toBe("01819012446");
  });

  it("gives the Norwegian message for a wrong number, a 10,000-character input and a non-string", () => {
    for (const input of ["01819012447", "1".repeat(10_000), 1819012446]) {
      const result = ZNationalId.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(message);
    }
  });
});

describe("syntheticNationalId", () => {
  it("builds the number worked out by hand", () => {
    expect(syntheticNationalId({ y: 1990, m: 1, d: 1 }, 124)).toBe("01819012446");
  });

  it("builds synthetic D-numbers (day + 40) that parse as D-numbers with their birth date", () => {
    const value = syntheticNationalId({ y: 1983, m: 6, d: 14 }, 215, { dNumber: true });
    expect(value.slice(0, 6)).toBe("548683");
    expect(parseNationalId(value)).toEqual({ kind: "DNR", synthetic: true, birthDate: "1983-06-14" });
  });

  it("only ever produces valid synthetic numbers with the given birth date", () => {
    const dates = [
      { y: 1901, m: 1, d: 31 },
      { y: 1969, m: 12, d: 1 },
      { y: 2000, m: 2, d: 29 },
      { y: 2024, m: 7, d: 15 },
    ];
    let built = 0;
    for (const date of dates) {
      const first = date.y >= 2000 ? 500 : 0;
      for (let individual = first; individual < first + 60; individual++) {
        let value: string;
        try {
          value = syntheticNationalId(date, individual);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError); // control digit 10: no number for this individual
          continue;
        }
        built++;
        const birthDate = `${date.y}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;
        expect(parseNationalId(value)).toEqual({ kind: "FNR", synthetic: true, birthDate });
      }
    }
    expect(built).toBeGreaterThan(150);
  });

  it("refuses an individual number with no valid control digit", () => {
    // 018190 134: s1 = 155, 155 mod 11 = 1 → k1 would be 10.
    expect(() => syntheticNationalId({ y: 1990, m: 1, d: 1 }, 134)).toThrow(RangeError);
  });

  it("refuses a date that does not exist and an individual number from another century", () => {
    expect(() => syntheticNationalId({ y: 1990, m: 2, d: 31 }, 124)).toThrow(RangeError);
    expect(() => syntheticNationalId({ y: 1990, m: 1, d: 1 }, 600)).toThrow(RangeError);
    expect(() => syntheticNationalId({ y: 2010, m: 1, d: 1 }, 124)).toThrow(RangeError);
  });
});

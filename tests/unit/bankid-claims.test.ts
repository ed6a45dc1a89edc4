import { describe, expect, it } from "vitest";
import { bankIdMessage } from "@/features/sign-in";
import { BANKID_REJECTIONS } from "@/features/sign-in/domain/bankid-messages";
import { ACR_HIGH, ACR_SUBSTANTIAL, acrSatisfies } from "@/platform/bankid/claims";

describe("BankID's level of assurance", () => {
  it("high satisfies both levels; substantial only substantial; anything else neither", () => {
    expect(acrSatisfies(ACR_HIGH, ACR_HIGH)).toBe(true);
    expect(acrSatisfies(ACR_HIGH, ACR_SUBSTANTIAL)).toBe(true);
    expect(acrSatisfies(ACR_SUBSTANTIAL, ACR_SUBSTANTIAL)).toBe(true);
    expect(acrSatisfies(ACR_SUBSTANTIAL, ACR_HIGH)).toBe(false);
    for (const other of [undefined, null, "", "urn:bankid:bid;LOA=2", "idporten-loa-high", 4]) {
      expect(acrSatisfies(other, ACR_SUBSTANTIAL)).toBe(false);
    }
  });
});

describe("BankID's outcomes in words", () => {
  it("every code a callback can send has Norwegian words", () => {
    for (const code of BANKID_REJECTIONS) expect(bankIdMessage(code)).toMatch(/[a-zæøå]/);
  });
  it("a code from a URL that is no outcome (prototype names included) finds nothing", () => {
    for (const code of ["__proto__", "constructor", "toString", "valueOf", "", undefined, ["cancelled"]]) {
      expect(bankIdMessage(code)).toBeNull();
    }
  });
});

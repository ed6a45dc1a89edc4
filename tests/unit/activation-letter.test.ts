import { describe, expect, it } from "vitest";
import {
  ACTIVATION_CODE_ALPHABET,
  ACTIVATION_CODE_LENGTH,
  formatActivationCode,
  LETTER_CODE_MAX_ATTEMPTS,
  LETTER_CONSENT_FIELDS,
  letterRefusal,
  ZActivationCode,
  ZLetterRequest,
} from "@/features/onboarding/domain/activation-letter";
import { activationLetterText } from "@/features/onboarding/domain/activation-letter-text";
import { LOOKUPS, ZOnboardingConsents } from "@/features/onboarding/domain/application-form";
import { activationCodeHash, newActivationCode } from "@/features/onboarding/server/activation-code";
import { NATIONAL_ID_ERROR } from "@/platform/identifiers/national-id";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";

const adult = NAMED_PEOPLE.approved.nationalId;
const child = NAMED_PEOPLE.minor.nationalId;
const TODAY = "2026-12-07";
const resident = {
  status: "bosatt",
  deceased: false,
  birthDate: null,
  address: { street: "Eksempelveien 12B", postalCode: "0182", city: "OSLO" },
};

describe("the activation code", () => {
  it("is 8 characters of an alphabet without I, L, O or U, each equally likely, and reads back as typed", () => {
    const codes = Array.from({ length: 2000 }, newActivationCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${ACTIVATION_CODE_ALPHABET}]{8}$`));
    expect(new Set(codes.join(""))).toEqual(new Set(ACTIVATION_CODE_ALPHABET));
    expect(ACTIVATION_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(ACTIVATION_CODE_LENGTH).toBe(8);
    const code = codes[0] as string;
    expect(formatActivationCode(code)).toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(ZActivationCode.parse(` ${formatActivationCode(code).toLowerCase()} `)).toBe(code);
  });

  it("takes O, I and L for 0, 1 and 1, and refuses what is no code with a Norwegian message", () => {
    expect(ZActivationCode.parse("k7qm-oil9")).toBe("K7QM0119");
    for (const wrong of ["K7QM-3XP", "K7QM-3XPUU", "K7QU-3XPD", "x".repeat(100)]) {
      const parsed = ZActivationCode.safeParse(wrong);
      expect(parsed.success, wrong).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^Skriv koden fra brevet/);
    }
  });

  it("is stored as a hash bound to the person: the same code of two people hashes differently", () => {
    expect(activationCodeHash("person-a", "K7QM3XPD")).toBe(activationCodeHash("person-a", "K7QM3XPD"));
    expect(activationCodeHash("person-a", "K7QM3XPD")).not.toBe(activationCodeHash("person-b", "K7QM3XPD"));
    expect(activationCodeHash("person-a", "K7QM3XPD")).not.toContain("K7QM3XPD");
  });
});

describe("who gets a letter", () => {
  it("only a living, resident adult with an address", () => {
    expect(letterRefusal(resident, adult, TODAY)).toBeNull();
    expect(letterRefusal({ ...resident, deceased: true }, adult, TODAY)).toBe("deceased");
    expect(letterRefusal({ ...resident, status: "doed", deceased: true }, adult, TODAY)).toBe("deceased");
    expect(letterRefusal({ ...resident, status: "utflyttet", address: null }, adult, TODAY)).toBe(
      "not-resident",
    );
    expect(letterRefusal(resident, child, TODAY)).toBe("minor");
    expect(letterRefusal({ ...resident, address: null }, adult, TODAY)).toBe("no-address");
  });
});

describe("the letter's form", () => {
  it("asks for the letter's look-up and every consent the onboarding start asks for, in their own words", () => {
    const start = Object.keys(ZOnboardingConsents.shape);
    const fields = LETTER_CONSENT_FIELDS.map(([field]) => field);
    expect(fields).toEqual(["consentLetter", ...start]);
    const parsed = ZLetterRequest.safeParse({ nationalId: adult });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(parsed.error?.issues.map((i) => [i.path[0], i.message]) ?? []);
    for (const [field, lookup] of LETTER_CONSENT_FIELDS) expect(messages[field]).toBe(lookup.required);
    expect(LETTER_CONSENT_FIELDS.map(([, lookup]) => lookup)).toEqual(
      expect.arrayContaining(Object.values(LOOKUPS)),
    );
  });

  it("takes a number with a valid checksum, and nothing else", () => {
    const consents = Object.fromEntries(LETTER_CONSENT_FIELDS.map(([field]) => [field, "on"]));
    expect(ZLetterRequest.safeParse({ nationalId: adult, ...consents }).success).toBe(true);
    const typo = `${adult.slice(0, 10)}${(Number(adult[10]) + 1) % 10}`;
    const parsed = ZLetterRequest.safeParse({ nationalId: typo, ...consents });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([NATIONAL_ID_ERROR]);
  });
});

describe("the letter", () => {
  it("prints the code in two groups, where to type it, until when it works and how many tries it has", () => {
    const text = activationLetterText({
      code: "K7QM3XPD",
      link: "https://minside.klarkraft.no/bli-kunde/aktiveringskode",
      validUntil: new Date("2027-01-06T12:00:00Z"),
    }).paragraphs.join("\n");
    expect(text).toContain("K7QM-3XPD");
    expect(text).toContain("https://minside.klarkraft.no/bli-kunde/aktiveringskode");
    expect(text).toContain("6. januar 2027");
    expect(text).toContain(`Etter ${LETTER_CODE_MAX_ATTEMPTS} feil forsøk`);
  });
});

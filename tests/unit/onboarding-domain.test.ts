import { describe, expect, it } from "vitest";
import { ageFromBirthDate, ageFromNationalId, ageOn } from "@/features/onboarding/domain/age";
import {
  ZContactDetails,
  ZMobile,
  ZOnboardingConsents,
  ZPostalCode,
} from "@/features/onboarding/domain/application-form";
import {
  APPROVE_FROM_SCORE,
  DECLINE_BELOW_SCORE,
  decideCredit,
} from "@/features/onboarding/domain/credit-decision";
import { namesMatch } from "@/features/onboarding/domain/name-match";
import { ONBOARDING_STATUSES, stepFor, transition } from "@/features/onboarding/domain/status";
import { isVatExempt } from "@/features/pricing/domain/vat";
import { syntheticNationalId } from "@/platform/identifiers/national-id";

/** A 2032-scheme number: valid control digit 2, first control digit giving remainder 1–3. */
function scheme2032(ddmmyy: string, individual: string): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const first9 = [...`${ddmmyy}${individual}`].map(Number);
  for (let k1 = 0; k1 <= 9; k1++) {
    const remainder = (w1.reduce((s, w, i) => s + w * (first9[i] ?? 0), 0) + k1) % 11;
    if (remainder < 1 || remainder > 3) continue;
    const ten = [...first9, k1];
    const k2 = (11 - (w2.reduce((s, w, i) => s + w * (ten[i] ?? 0), 0) % 11)) % 11;
    if (k2 < 10) return `${ddmmyy}${individual}${k1}${k2}`;
  }
  throw new Error("no number");
}

describe("age from fødselsnummer and D-number", () => {
  it("counts whole years, turning 18 on the birthday", () => {
    expect(ageOn("2008-11-25", "2026-11-24")).toBe(17);
    expect(ageOn("2008-11-25", "2026-11-25")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
  });

  it("reads the birth date of legacy numbers and D-numbers, and tells adults from minors", () => {
    const adult = syntheticNationalId({ y: 1990, m: 1, d: 1 }, 124);
    expect(ageFromNationalId(adult, "2026-11-25")).toEqual({ kind: "adult", birthDate: "1990-01-01" });
    const d = syntheticNationalId({ y: 1983, m: 6, d: 14 }, 215, { dNumber: true });
    expect(ageFromNationalId(d, "2026-11-25")).toEqual({ kind: "adult", birthDate: "1983-06-14" });
    const minor = syntheticNationalId({ y: 2012, m: 3, d: 3 }, 500);
    expect(ageFromNationalId(minor, "2026-11-25")).toEqual({ kind: "minor", birthDate: "2012-03-03" });
    expect(ageFromNationalId("12345678901", "2026-11-25")).toEqual({ kind: "invalid" });
  });

  it("2032 scheme: never guesses the century — adult only when every reading is adult, else unknown", () => {
    // 1990 or 2090: 2090 is in the future, so only 1990 can be meant.
    expect(ageFromNationalId(scheme2032("018190", "123"), "2033-06-01")).toEqual({
      kind: "adult",
      birthDate: "1990-01-01",
    });
    // 1920 or 2020: a 113-year-old or a 13-year-old; the number cannot tell.
    expect(ageFromNationalId(scheme2032("018120", "123"), "2033-06-01")).toEqual({ kind: "unknown" });
    // …and the register's birth date decides.
    expect(ageFromBirthDate("2020-01-01", "2033-06-01").kind).toBe("minor");
  });
});

describe("name matching against Folkeregisteret", () => {
  const registered = { firstName: "SNILL", middleName: "BLÅ", lastName: "HVALROSS" };
  it("tolerates case, diacritics, hyphens and a middle name left out or typed anywhere", () => {
    expect(namesMatch({ firstName: "snill", lastName: "hvalross" }, registered)).toBe(true);
    expect(namesMatch({ firstName: "Snill Blå", lastName: "Hvalross" }, registered)).toBe(true);
    expect(namesMatch({ firstName: "Snill", lastName: "Bla Hvalross" }, registered)).toBe(true);
    expect(
      namesMatch(
        { firstName: "Ørjan", lastName: "Ås-Berg" },
        { firstName: "ORJAN", middleName: null, lastName: "ÅS BERG" },
      ),
    ).toBe(true);
    expect(
      namesMatch(
        { firstName: "José", lastName: "Nilsen" },
        { firstName: "Jose", middleName: null, lastName: "Nilsen" },
      ),
    ).toBe(true);
  });
  it("refuses another first name, another surname, and words the register does not have", () => {
    expect(namesMatch({ firstName: "Blå", lastName: "Hvalross" }, registered)).toBe(false);
    expect(namesMatch({ firstName: "Snill", lastName: "Hval" }, registered)).toBe(false);
    expect(namesMatch({ firstName: "Snill Rød", lastName: "Hvalross" }, registered)).toBe(false);
    expect(namesMatch({ firstName: " ", lastName: "Hvalross" }, registered)).toBe(false);
  });
});

describe("the credit decision rules", () => {
  const facts = (score: number | null, openPaymentRemarks = 0, creditBlocked = false) => ({
    found: true,
    score,
    openPaymentRemarks,
    creditBlocked,
  });
  it("P9: approves from the threshold, sends the middle and remarks to a person, declines below", () => {
    expect(decideCredit(facts(APPROVE_FROM_SCORE)).outcome).toBe("APPROVED");
    expect(decideCredit(facts(APPROVE_FROM_SCORE - 1))).toMatchObject({
      outcome: "MANUAL_REVIEW",
      reasonCode: "BORDERLINE_SCORE",
    });
    expect(decideCredit(facts(DECLINE_BELOW_SCORE)).outcome).toBe("MANUAL_REVIEW");
    expect(decideCredit(facts(DECLINE_BELOW_SCORE - 1))).toEqual({
      outcome: "DECLINED",
      reasonCode: "LOW_SCORE",
      automated: true,
    });
    expect(decideCredit(facts(90, 1))).toMatchObject({
      outcome: "MANUAL_REVIEW",
      reasonCode: "PAYMENT_REMARK",
    });
  });
  it("P27: no score (credit block, no file) is never an automated decline", () => {
    expect(decideCredit(facts(null, 0, true))).toMatchObject({
      outcome: "MANUAL_REVIEW",
      reasonCode: "CREDIT_BLOCKED",
    });
    expect(
      decideCredit({ found: false, score: null, openPaymentRemarks: 0, creditBlocked: false }).reasonCode,
    ).toBe("NO_CREDIT_FILE");
  });
});

describe("the application's status machine", () => {
  it("follows draft → identity → metering point → credit → completed", () => {
    expect(transition("DRAFT", "identity-verified")).toBe("IDENTITY_VERIFIED");
    expect(transition("IDENTITY_VERIFIED", "metering-point-chosen")).toBe("METERING_POINT_CHOSEN");
    expect(transition("METERING_POINT_CHOSEN", "credit-decided")).toBe("CREDIT_DECIDED");
    expect(transition("METERING_POINT_CHOSEN", "credit-declined")).toBe("DECLINED");
    expect(transition("DECLINED", "review-approved")).toBe("CREDIT_DECIDED");
    expect(transition("CREDIT_DECIDED", "review-declined")).toBe("DECLINED");
    expect(transition("CREDIT_DECIDED", "completed")).toBe("COMPLETED");
  });
  it("refuses skipped steps and anything after completion", () => {
    expect(transition("DRAFT", "credit-decided")).toBeNull();
    expect(transition("DRAFT", "completed")).toBeNull();
    expect(transition("DECLINED", "completed")).toBeNull();
    expect(transition("COMPLETED", "review-declined")).toBeNull();
    for (const event of [
      "identity-verified",
      "metering-point-chosen",
      "credit-decided",
      "completed",
      "abandoned",
    ] as const) {
      expect(transition("COMPLETED", event)).toBeNull();
    }
    for (const status of ONBOARDING_STATUSES.filter((s) => s !== "COMPLETED" && s !== "ABANDONED")) {
      expect(transition(status, "abandoned")).toBe("ABANDONED");
    }
  });
  const facts = { creditOutcome: null, email: null, emailVerifiedAt: null };
  it("shows the product step only for an approved credit decision", () => {
    expect(stepFor({ ...facts, status: "CREDIT_DECIDED", creditOutcome: "APPROVED" })).toBe("product");
    expect(stepFor({ ...facts, status: "CREDIT_DECIDED", creditOutcome: "MANUAL_REVIEW" })).toBe("waiting");
    expect(stepFor({ ...facts, status: "DECLINED", creditOutcome: "DECLINED" })).toBe("declined");
  });
  it("after the identity check: contact details, then the emailed code, and only then the metering point", () => {
    const verified = { ...facts, status: "IDENTITY_VERIFIED" } as const;
    expect(stepFor(verified)).toBe("contact");
    expect(stepFor({ ...verified, email: "glad@example.com" })).toBe("verify-email");
    expect(stepFor({ ...verified, email: "glad@example.com", emailVerifiedAt: new Date() })).toBe(
      "metering-point",
    );
  });
});

describe("the Bli kunde forms", () => {
  const consents = {
    consentFolkeregister: "on",
    consentElhub: "on",
    consentExperian: "on",
    acceptTerms: "on",
  };
  const contact = {
    email: "Glad@Example.com",
    phone: "412 34 567",
    street: "Eksempelveien 12B",
    postalCode: "0182",
    city: "Oslo",
  };
  it("the start asks for no national ID and no name: only the consents, before BankID", () => {
    expect(ZOnboardingConsents.parse({ ...consents, nationalId: "17858412013", firstName: "Glad" })).toEqual(
      consents,
    );
  });
  it("P10: each look-up and the terms are required, each with its own consequence at the field", () => {
    const { consentExperian: _, acceptTerms: __, ...missing } = consents;
    const result = ZOnboardingConsents.safeParse(missing);
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(["consentExperian", "acceptTerms"]);
    expect(result.error?.issues[0]?.message).toMatch(/kredittsjekk/);
  });
  it("accepts complete contact details, normalising email and phone", () => {
    const parsed = ZContactDetails.parse(contact);
    expect([parsed.email, parsed.phone]).toEqual(["glad@example.com", "+4741234567"]);
  });
  it("gives a message at the field for bad postcodes, phones, emails and 10,000 characters", () => {
    const bad = ZContactDetails.safeParse({
      ...contact,
      postalCode: "182",
      phone: "12345678",
      email: "ikke-en-epost",
      city: "x".repeat(10_000),
    });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["city", "email", "phone", "postalCode"]);
    expect(ZPostalCode.safeParse("01820").success).toBe(false);
    expect(ZMobile.parse("+47 912 34 567")).toBe("+4791234567");
  });
});

describe("VAT by municipality", () => {
  it("Nordland, Troms and Finnmark pay no VAT on electricity; elsewhere 25 %", () => {
    // 54xx: Troms og Finnmark's numbers from 2020–2023, still found in some sources.
    expect(["1804", "5501", "5601", "5401"].map(isVatExempt)).toEqual([true, true, true, true]);
    expect(["0301", "5001", "4601", null].map(isVatExempt)).toEqual([false, false, false, false]);
  });
});

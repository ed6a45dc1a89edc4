import { describe, expect, it } from "vitest";
import * as stored from "@/generated/prisma/enums";
import * as labels from "@/platform/format/labels";

/** Stored enums no page, mail or file ever words: a new enum must be labelled or named here. */
const NEVER_SHOWN = ["Resolution", "ReadingQuality", "MessageAuthor", "InvoiceKind", "BillingItemStatus"];

/** Each stored enum and the label maps that word it (inquiry statuses have staff and customer words). */
const LABELLED: Record<string, Record<string, string>[]> = {
  Role: [labels.ROLE_LABELS],
  CustomerStatus: [labels.CUSTOMER_STATUS_LABELS],
  PriceArea: [labels.PRICE_AREA_LABELS],
  UsageType: [labels.USAGE_TYPE_LABELS],
  ContractProduct: [labels.CONTRACT_PRODUCT_LABELS],
  ContractStatus: [labels.CONTRACT_STATUS_LABELS],
  InquiryStatus: [labels.INQUIRY_STATUS_STAFF_LABELS, labels.INQUIRY_STATUS_CUSTOMER_LABELS],
  ConsentChoice: [labels.CONSENT_CHOICE_LABELS],
  ConsentSource: [labels.CONSENT_SOURCE_LABELS],
  PrivacyRequestType: [labels.PRIVACY_REQUEST_TYPE_LABELS],
  PrivacyRequestStatus: [labels.PRIVACY_REQUEST_STATUS_LABELS],
  OnboardingStatus: [labels.ONBOARDING_STATUS_LABELS],
  CreditOutcome: [labels.CREDIT_OUTCOME_LABELS],
  IdentityMethod: [labels.IDENTITY_METHOD_LABELS],
  CreditReviewReason: [labels.CREDIT_REVIEW_REASON_LABELS],
  CreditReviewStatus: [labels.CREDIT_REVIEW_STATUS_LABELS],
  IdentityVerification: [labels.IDENTITY_VERIFICATION_LABELS],
  ApiScope: [labels.API_SCOPE_LABELS],
};

// The unions in labels.ts are the Prisma enums' types, checked by the compiler (npm run typecheck).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const unionsMatch: Same<labels.Role, stored.Role> &
  Same<labels.CustomerStatus, stored.CustomerStatus> &
  Same<labels.PriceArea, stored.PriceArea> &
  Same<labels.UsageType, stored.UsageType> &
  Same<labels.ContractProduct, stored.ContractProduct> &
  Same<labels.ContractStatus, stored.ContractStatus> &
  Same<labels.InquiryStatus, stored.InquiryStatus> &
  Same<labels.ConsentChoice, stored.ConsentChoice> &
  Same<labels.ConsentSource, stored.ConsentSource> &
  Same<labels.PrivacyRequestType, stored.PrivacyRequestType> &
  Same<labels.PrivacyRequestStatus, stored.PrivacyRequestStatus> &
  Same<labels.OnboardingStatus, stored.OnboardingStatus> &
  Same<labels.CreditOutcome, stored.CreditOutcome> &
  Same<labels.IdentityMethod, stored.IdentityMethod> &
  Same<labels.CreditReviewReason, stored.CreditReviewReason> &
  Same<labels.CreditReviewStatus, stored.CreditReviewStatus> &
  Same<labels.IdentityVerification, stored.IdentityVerification> &
  Same<labels.ApiScope, stored.ApiScope> = true;

const storedEnums: [string, Record<string, string>][] = Object.entries(stored).filter(
  ([, values]) => typeof values === "object",
);

describe("labels: one word for every stored enum value shown to people", () => {
  it("the label module's unions are the stored enums' types", () => {
    expect(unionsMatch).toBe(true);
  });

  it("every stored enum is labelled or named as never shown, not both", () => {
    expect(storedEnums.length).toBeGreaterThan(15);
    for (const [name] of storedEnums) {
      expect(name in LABELLED !== NEVER_SHOWN.includes(name), name).toBe(true);
    }
    const names = storedEnums.map(([name]) => name);
    for (const name of [...Object.keys(LABELLED), ...NEVER_SHOWN]) expect(names, name).toContain(name);
  });

  it("every value of a labelled enum has exactly one label, and no label names a value that is not stored", () => {
    for (const [name, values] of storedEnums) {
      for (const map of LABELLED[name] ?? []) {
        expect(Object.keys(map).sort(), name).toEqual(Object.values(values).sort());
        for (const label of Object.values(map)) expect(label.trim(), name).not.toBe("");
        // Two values worded alike could not be told apart on a page.
        expect(new Set(Object.values(map)).size, name).toBe(Object.keys(map).length);
      }
    }
  });

  it("every label map in the module belongs to a stored enum", () => {
    const maps = Object.entries(labels).filter(([name]) => name.endsWith("_LABELS"));
    const registered = Object.values(LABELLED).flat();
    for (const [name, map] of maps) expect(registered, name).toContain(map);
  });
});

import { describe, expect, it } from "vitest";
import {
  consentInForce,
  encodeConsentPayload,
  type StoredConsent,
} from "@/features/consent/domain/consent-cookie";
import { CONSENT_POLICY_VERSION } from "@/features/consent/domain/consent-limits";
import {
  consentCookieValue,
  consentInForceFrom,
  storedConsentFrom,
} from "@/features/consent/server/consent-cookie";
import { consentFormTokenValid, issueConsentFormToken } from "@/features/consent/server/consent-form-token";

const NOW = new Date("2026-11-25T12:00:00Z");
const CONSENT: StoredConsent = {
  visitorId: "0b5b1d8e-3c4a-4f5e-9a6b-7c8d9e0f1a2b",
  policyVersion: CONSENT_POLICY_VERSION,
  statistics: true,
  marketing: false,
  decidedAt: new Date("2026-11-20T08:30:00.123Z"),
};

describe("the consent cookie", () => {
  it("gives back exactly the choice it was written with", () => {
    expect(storedConsentFrom(consentCookieValue(CONSENT))).toEqual(CONSENT);
    expect(consentInForceFrom(consentCookieValue(CONSENT), NOW)).toEqual(CONSENT);
  });

  it("P16: an edited, forged or malformed cookie counts as no choice", () => {
    const genuine = consentCookieValue(CONSENT);
    const signature = genuine.slice(genuine.lastIndexOf(".") + 1);
    const grantAll = encodeConsentPayload({ ...CONSENT, marketing: true });
    const variants = [
      `${grantAll}.${signature}`, // the visitor flips a flag and keeps the signature
      `${grantAll}.`,
      grantAll,
      genuine.replace(CONSENT.visitorId, "11111111-1111-4111-8111-111111111111"),
      `${genuine}x`,
      `${genuine}.${signature}`,
      "",
      "null",
      "1.not-a-uuid.2026-11-25.11.1795631.abc",
      `${genuine}${"A".repeat(500)}`,
      "%00%ff",
    ];
    for (const value of variants) {
      expect(storedConsentFrom(value), value).toBeNull();
      expect(consentInForceFrom(value, NOW), value).toBeNull();
    }
    expect(storedConsentFrom(undefined)).toBeNull();
  });

  it("P16: a choice under another policy version, from the future or 12 months old asks again", () => {
    expect(consentInForce(CONSENT, NOW)).toBe(true);
    expect(consentInForce({ ...CONSENT, policyVersion: "2020-10-01" }, NOW)).toBe(false);
    expect(consentInForce({ ...CONSENT, decidedAt: new Date("2027-01-01T00:00:00Z") }, NOW)).toBe(false);
    const made = new Date("2025-11-25T12:00:00Z");
    expect(consentInForce({ ...CONSENT, decidedAt: made }, new Date("2026-11-25T11:59:59Z"))).toBe(true);
    expect(consentInForce({ ...CONSENT, decidedAt: made }, new Date("2026-11-25T12:00:00Z"))).toBe(false);
  });
});

describe("the consent form token", () => {
  const previous = { visitorId: CONSENT.visitorId, decidedAt: CONSENT.decidedAt };

  it("is accepted for the browser it was issued to, after its last choice", () => {
    expect(consentFormTokenValid(issueConsentFormToken(null, NOW), null, NOW)).toBe(true);
    expect(consentFormTokenValid(issueConsentFormToken(CONSENT.visitorId, NOW), previous, NOW)).toBe(true);
  });

  it("P16: a replayed post cannot undo a later choice, and a post for one browser is worthless in another", () => {
    const beforeLastChoice = issueConsentFormToken(
      CONSENT.visitorId,
      new Date(CONSENT.decidedAt.getTime() - 1),
    );
    expect(consentFormTokenValid(beforeLastChoice, previous, NOW)).toBe(false);
    // A first-visit form replayed once the browser has a consent id, and the other way round.
    expect(consentFormTokenValid(issueConsentFormToken(null, NOW), previous, NOW)).toBe(false);
    expect(consentFormTokenValid(issueConsentFormToken(CONSENT.visitorId, NOW), null, NOW)).toBe(false);
    const other = { visitorId: "22222222-2222-4222-8222-222222222222", decidedAt: CONSENT.decidedAt };
    expect(consentFormTokenValid(issueConsentFormToken(CONSENT.visitorId, NOW), other, NOW)).toBe(false);
  });

  it("refuses a day-old, future, edited or made-up token", () => {
    const dayAgo = new Date(NOW.getTime() - 24 * 60 * 60 * 1000 - 1);
    expect(consentFormTokenValid(issueConsentFormToken(null, dayAgo), null, NOW)).toBe(false);
    expect(
      consentFormTokenValid(issueConsentFormToken(null, new Date(NOW.getTime() + 60_000)), null, NOW),
    ).toBe(false);
    const token = issueConsentFormToken(null, NOW);
    expect(consentFormTokenValid(token.replace("ny~", "ny~1"), null, NOW)).toBe(false);
    expect(consentFormTokenValid(`ny~${NOW.getTime()}.forged`, null, NOW)).toBe(false);
    expect(consentFormTokenValid("", null, NOW)).toBe(false);
  });
});

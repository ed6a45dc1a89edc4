import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CONSENT_COOKIE,
  CONSENT_POLICY_VERSION,
  CONSENT_VALID_MONTHS,
  TRACKING_COOKIE_MAX_MONTHS,
} from "@/features/consent/domain/consent-limits";
import { cleanAddress, cleanReferrer } from "@/features/consent/ui/tracker-runtime";
import { COOKIES, TRACKERS } from "@/features/privacy/domain/cookies";
import { PRIVACY_REGISTER } from "@/features/privacy/domain/register";
import { RECIPIENTS } from "@/features/privacy/domain/vocabulary";

/**
 * What a visitor is told before consenting, per policy version. A change to any of it must either
 * leave what they consent to unchanged (then record the new fingerprint for the same version) or
 * bump CONSENT_POLICY_VERSION, which asks every visitor again.
 */
const CONSENT_TEXT_FINGERPRINTS: Record<string, string> = {
  // + the essential "klarkraft-soknad" cookie of Bli kunde and the offline copies of Min side (the
  // service worker's cache): need no consent, so the same version.
  "2026-11-25": "848158480faf9968",
};

function consentTextFingerprint(): string {
  const told = {
    trackers: TRACKERS.map(({ id, name, purpose, does, recipient }) => ({
      id,
      name,
      purpose,
      does,
      recipient: RECIPIENTS[recipient],
    })),
    cookies: COOKIES,
    validMonths: CONSENT_VALID_MONTHS,
  };
  return createHash("sha256").update(JSON.stringify(told)).digest("hex").slice(0, 16);
}

describe("cookie register (declarations)", () => {
  it("what the banner tells a visitor cannot change without a decision about the policy version", () => {
    expect(
      consentTextFingerprint(),
      "The consent text changed. If it changes what a visitor consents to, bump CONSENT_POLICY_VERSION; either way record the fingerprint for the version.",
    ).toBe(CONSENT_TEXT_FINGERPRINTS[CONSENT_POLICY_VERSION]);
  });

  it("lists the consent cookie, and every tracker cookie under its tracker's purpose and a prefix withdrawal deletes", () => {
    expect(COOKIES.find((c) => c.name === CONSENT_COOKIE)?.purpose).toBe("essential");
    for (const cookie of COOKIES.filter((c) => c.purpose !== "essential")) {
      const owners = TRACKERS.filter((t) =>
        t.cookiePrefixes.some((prefix) => cookie.name.startsWith(prefix)),
      );
      expect(
        owners.map((t) => t.purpose),
        cookie.name,
      ).toEqual([cookie.purpose]);
    }
    for (const tracker of TRACKERS) {
      expect(
        COOKIES.some((c) => tracker.cookiePrefixes.some((p) => c.name.startsWith(p))),
        tracker.name,
      ).toBe(true);
      expect(RECIPIENTS[tracker.recipient].name, tracker.name).toMatch(/\.\s*\(/);
    }
  });

  it("keeps consent records by an after-superseded rule, and tracking cookies no longer than the limit", () => {
    const rules = PRIVACY_REGISTER.flatMap((c) => c.retention);
    expect(rules.find((e) => e.fields.includes("consent-choices"))?.rule).toEqual({
      kind: "after-superseded",
      months: expect.any(Number),
    });
    expect(rules.find((e) => e.fields.includes("tracking-cookies"))?.rule).toEqual({
      kind: "until-consent-withdrawn",
      maxMonths: TRACKING_COOKIE_MAX_MONTHS,
    });
  });
});

describe("what trackers are shown of the address", () => {
  it("no query parameter that could name a person, only campaign codes", () => {
    expect(
      cleanAddress(
        "https://klarkraft.no/?email=kari.nordmann%40example.com&utm_source=nyhetsbrev&kundenummer=10001&fbclid=IwAR0abc#innhold",
      ),
    ).toBe("https://klarkraft.no/?utm_source=nyhetsbrev&fbclid=IwAR0abc");
    for (const value of ["kari%40example.com", "01019012345", "kari nordmann", "10001"]) {
      expect(cleanAddress(`https://klarkraft.no/?utm_content=${value}`), value).toBe("https://klarkraft.no/");
    }
  });

  it("another site's origin as referrer, nothing of our own pages", () => {
    expect(cleanReferrer("https://www.google.com/search?q=kari+nordmann", "https://klarkraft.no")).toBe(
      "https://www.google.com/",
    );
    expect(cleanReferrer("https://klarkraft.no/glemt-passord/ny?token=abc", "https://klarkraft.no")).toBe("");
    expect(cleanReferrer("", "https://klarkraft.no")).toBe("");
  });
});

import { describe, expect, it, vi } from "vitest";
import { allowedTrackers, type TrackerIds } from "@/features/consent/domain/allowed-trackers";
import { choiceOf, ZConsentPost } from "@/features/consent/domain/consent-choice";
import { CONSENT_POLICY_VERSION } from "@/features/consent/domain/consent-limits";
import { isPersonalArea, isTrackerPage } from "@/features/consent/domain/tracker-pages";
import type { consentCookieValue } from "@/features/consent/server/consent-cookie";
import { TRACKERS } from "@/features/privacy/domain/cookies";
import { contentSecurityPolicy } from "@/platform/http/content-security-policy";
import { PRODUCTION_ENV } from "../support/production-env";

const IDS: TrackerIds = {
  ga4: "G-TEST1234",
  meta: "1234567890",
  snap: "0b5b1d8e-3c4a-4f5e-9a6b-7c8d9e0f1a2b",
};
const ALL = { statistics: true, marketing: true };
const HOSTS = {
  ga4: /googletagmanager|google-analytics|analytics\.google/,
  meta: /facebook/,
  snap: /sc-static|snapchat/,
};

function policyFor(trackers: TrackerIds, options: { development?: boolean; https?: boolean } = {}) {
  return contentSecurityPolicy({
    nonce: "bm9uY2U=",
    trackers,
    development: options.development ?? false,
    https: options.https ?? false,
  });
}

describe("which trackers a page may load", () => {
  it("P2–P4: each tool only with its own category, on a public page, for a visitor who is signed out", () => {
    const on = (choice: { statistics: boolean; marketing: boolean }) =>
      Object.keys(allowedTrackers({ pathname: "/", choice, signedIn: false, ids: IDS })).sort();
    expect(on({ statistics: false, marketing: false })).toEqual([]);
    expect(on({ statistics: true, marketing: false })).toEqual(["ga4"]);
    expect(on({ statistics: false, marketing: true })).toEqual(["meta", "snap"]);
    expect(on(ALL)).toEqual(["ga4", "meta", "snap"]);
    expect(allowedTrackers({ pathname: "/", choice: null, signedIn: false, ids: IDS })).toEqual({});
    expect(allowedTrackers({ pathname: "/", choice: ALL, signedIn: true, ids: IDS })).toEqual({});
  });

  it("P2–P4: never on Min side, admin, onboarding, login or an unknown page, whatever the consent", () => {
    for (const pathname of [
      "/min-side",
      "/min-side/profil",
      "/admin",
      "/admin/samtykker",
      "/bli-kunde",
      "/logg-inn",
      "/glemt-passord/ny",
      "/api/health",
      "/finnes-ikke",
      "/personvern/../min-side",
    ]) {
      expect(allowedTrackers({ pathname, choice: ALL, signedIn: false, ids: IDS }), pathname).toEqual({});
    }
    expect(isTrackerPage("/personvern/")).toBe(true);
    expect(isPersonalArea("/min-side/profil")).toBe(true);
    expect(isPersonalArea("/min-sidebar")).toBe(false);
  });

  it("a tool without a configured id never loads", () => {
    const ids = { ga4: undefined, meta: "1234567890" };
    expect(allowedTrackers({ pathname: "/", choice: ALL, signedIn: false, ids })).toEqual({
      meta: "1234567890",
    });
  });
});

describe("the Content-Security-Policy", () => {
  it("allows scripts only from our origin and this response's nonce, and no tracker host without consent", () => {
    const policy = policyFor({});
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U='");
    expect(policy).not.toMatch(/strict-dynamic|unsafe-inline|unsafe-eval|\*(?!\.)/);
    for (const hosts of Object.values(HOSTS)) expect(policy).not.toMatch(hosts);
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it("P2–P4: lists a tracker's hosts only in a response that may load that tracker", () => {
    for (const tracker of TRACKERS) {
      const policy = policyFor({ [tracker.id]: "x" });
      for (const [id, hosts] of Object.entries(HOSTS)) {
        expect(hosts.test(policy), `${tracker.id} allowed, ${id} hosts`).toBe(id === tracker.id);
      }
    }
  });

  it("relaxes only what next dev needs, and upgrades requests over https", () => {
    expect(policyFor({}, { development: true })).toContain("'unsafe-eval'");
    expect(policyFor({})).not.toContain("upgrade-insecure-requests");
    expect(policyFor({}, { https: true })).toContain("upgrade-insecure-requests");
  });
});

// Each case re-imports the proxy's module graph under its own configuration, which takes seconds on a busy machine.
describe("the proxy's security headers", { timeout: 30_000 }, () => {
  const GENUINE = {
    visitorId: "0b5b1d8e-3c4a-4f5e-9a6b-7c8d9e0f1a2b",
    policyVersion: CONSENT_POLICY_VERSION,
    statistics: true,
    marketing: false,
    decidedAt: new Date(),
  };

  /** The proxy's headers for one request, under a given configuration; `cookie` may use the server's signing. */
  async function headersFor(
    env: Record<string, string>,
    { path = "/", cookie }: { path?: string; cookie?: (sign: typeof consentCookieValue) => string } = {},
  ) {
    vi.resetModules();
    vi.doMock("@/platform/env", () => ({
      env: () => ({ APP_ENV: "demo", APP_URL: "http://localhost:3000", AUTH_SECRET: "x".repeat(40), ...env }),
    }));
    const { NextRequest } = await import("next/server");
    const { nextWithSecurityHeaders } = await import("@/platform/http/security-headers");
    const sign = (await import("@/features/consent/server/consent-cookie")).consentCookieValue;
    const headers = cookie ? { cookie: cookie(sign) } : undefined;
    return nextWithSecurityHeaders(new NextRequest(`http://localhost:3000${path}`, { headers })).headers;
  }

  it("sends a fresh nonce with every response, and HSTS only in production", async () => {
    const first = await headersFor({});
    const second = await headersFor({});
    const nonce = (headers: Headers) =>
      /'nonce-([^']+)'/.exec(headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(first)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce(first)).not.toBe(nonce(second));
    expect(first.get("strict-transport-security")).toBeNull();
    const production = await headersFor({ APP_ENV: "production", APP_URL: "https://minside.klarkraft.no" });
    expect(production.get("strict-transport-security")).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(production.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("P2: opens Google's hosts for a genuine statistics consent on a public page, and only then", async () => {
    const ga4 = { GA4_MEASUREMENT_ID: "G-TEST1234" };
    const genuine = (sign: typeof consentCookieValue) => `klarkraft-samtykke=${sign(GENUINE)}`;
    const policy = async (options: Parameters<typeof headersFor>[1], env: Record<string, string> = ga4) =>
      (await headersFor(env, options)).get("content-security-policy");

    expect(await policy({ cookie: genuine })).toMatch(HOSTS.ga4);
    expect(await policy({ cookie: genuine }, {})).not.toMatch(HOSTS.ga4); // no id configured
    expect(await policy({ cookie: genuine, path: "/min-side" })).not.toMatch(HOSTS.ga4);
    expect(await policy({ cookie: (sign) => `${genuine(sign)}; authjs.session-token=abc` })).not.toMatch(
      HOSTS.ga4,
    );
    const forged = (sign: typeof consentCookieValue) => `${genuine(sign).slice(0, -4)}AAAA`;
    expect(await policy({ cookie: forged })).not.toMatch(HOSTS.ga4);
    expect(await policy({})).not.toMatch(HOSTS.ga4);
  });
});

describe("what a consent post may contain", () => {
  const base = { source: "banner", version: "2026-11-25", token: "t" };

  it("takes the button's word, and the boxes only for a chosen selection", () => {
    const parse = (post: Record<string, string>) => choiceOf(ZConsentPost.parse({ ...base, ...post }));
    expect(parse({ choice: "accept-all" })).toEqual(ALL);
    expect(parse({ choice: "reject-all", statistics: "on", marketing: "on" })).toEqual({
      statistics: false,
      marketing: false,
    });
    expect(parse({ choice: "custom", marketing: "on" })).toEqual({ statistics: false, marketing: true });
  });

  it("P16: an unknown category, an unknown button or an oversized field makes the whole post invalid", () => {
    const invalid = [
      { choice: "accept-all", advertising: "on" },
      { choice: "accept-all", statistics: "yes" },
      { choice: "everything" },
      { choice: "custom", source: "popup" },
      { choice: "custom", token: "x".repeat(5000) },
      { choice: "custom", version: "v".repeat(100) },
    ];
    for (const post of invalid)
      expect(ZConsentPost.safeParse({ ...base, ...post }).success, JSON.stringify(post)).toBe(false);
  });
});

describe("tracker ids", () => {
  const production = PRODUCTION_ENV;

  it("are read from the environment, unset or empty meaning the tool never loads", async () => {
    vi.resetModules();
    vi.doUnmock("@/platform/env");
    const { parseEnv } = await import("@/platform/env");
    const configured = parseEnv({
      ...production,
      GA4_MEASUREMENT_ID: "G-ABC123DEF4",
      META_PIXEL_ID: "1234567890123",
      SNAP_PIXEL_ID: "0B5B1D8E-3C4A-4F5E-9A6B-7C8D9E0F1A2B",
    });
    expect([configured.GA4_MEASUREMENT_ID, configured.META_PIXEL_ID]).toEqual([
      "G-ABC123DEF4",
      "1234567890123",
    ]);
    const unset = parseEnv({ ...production, GA4_MEASUREMENT_ID: "", META_PIXEL_ID: "" });
    expect([unset.GA4_MEASUREMENT_ID, unset.META_PIXEL_ID, unset.SNAP_PIXEL_ID]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("refuse to start with an id that is not one, so nothing odd reaches a script address", async () => {
    vi.resetModules();
    vi.doUnmock("@/platform/env");
    const { parseEnv } = await import("@/platform/env");
    expect(() => parseEnv({ GA4_MEASUREMENT_ID: "UA-1234-1" })).toThrow(/GA4_MEASUREMENT_ID/);
    expect(() => parseEnv({ META_PIXEL_ID: "123');alert(1)//" })).toThrow(/META_PIXEL_ID/);
    expect(() => parseEnv({ SNAP_PIXEL_ID: "<script>" })).toThrow(/SNAP_PIXEL_ID/);
  });
});

import { describe, expect, it } from "vitest";
import type { TConsentPost } from "@/features/consent/domain/consent-choice";
import type { StoredConsent } from "@/features/consent/domain/consent-cookie";
import { addMonths, CONSENT_POLICY_VERSION } from "@/features/consent/domain/consent-limits";
import {
  CONSENT_POST_RULE,
  getConsentReport,
  listConsentHistory,
  recordConsentChoice,
} from "@/features/consent/server/consent";
import { issueConsentFormToken } from "@/features/consent/server/consent-form-token";
import { runRetention } from "@/features/privacy/server/retention";
import { db } from "@/platform/db";
import { createConsentRecord, createUser } from "../support/factories";

const NOW = new Date("2026-11-25T12:00:00Z");
let address = 0;
/** A client address of its own per call, so the throttle only bites where a test wants it to. */
const freshIp = () => `203.0.113.${++address}`;

function post(
  choice: TConsentPost["choice"],
  previous: StoredConsent | null,
  extra: Partial<TConsentPost> = {},
) {
  return {
    choice,
    source: "banner" as const,
    version: CONSENT_POLICY_VERSION,
    token: issueConsentFormToken(previous?.visitorId ?? null, NOW),
    ...extra,
  };
}

describe("recording a cookie choice", () => {
  it("P16: every choice is a record: consent id, categories granted and denied, version, time, source, no address", async () => {
    const first = await recordConsentChoice({
      post: post("accept-all", null),
      previous: null,
      visitor: null,
      clientIp: freshIp(),
      now: NOW,
    });
    if (!first.ok) throw new Error(first.reason);
    const later = new Date(NOW.getTime() + 60_000);
    const second = await recordConsentChoice({
      post: {
        ...post("custom", first.consent, { source: "settings", statistics: "on" }),
        token: issueConsentFormToken(first.consent.visitorId, later),
      },
      previous: first.consent,
      visitor: null,
      clientIp: freshIp(),
      now: later,
    });
    if (!second.ok) throw new Error(second.reason);

    expect(second.consent.visitorId).toBe(first.consent.visitorId);
    const rows = await db.consentRecord.findMany({
      where: { visitorId: first.consent.visitorId },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map(({ id: _, visitorId: __, ...row }) => row)).toEqual([
      {
        customerId: null,
        userId: null,
        choice: "ACCEPT_ALL",
        source: "BANNER",
        statistics: true,
        marketing: true,
        policyVersion: CONSENT_POLICY_VERSION,
        createdAt: NOW,
      },
      {
        customerId: null,
        userId: null,
        choice: "CUSTOM",
        source: "SETTINGS",
        statistics: true,
        marketing: false,
        policyVersion: CONSENT_POLICY_VERSION,
        createdAt: later,
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113/);
  });

  it("P16: a signed-in choice records the user and customer", async () => {
    const user = await createUser();
    const result = await recordConsentChoice({
      post: post("reject-all", null),
      previous: null,
      visitor: { userId: user.id, customerId: user.customerId },
      clientIp: freshIp(),
      now: NOW,
    });
    if (!result.ok) throw new Error(result.reason);
    const row = await db.consentRecord.findFirstOrThrow({ where: { visitorId: result.consent.visitorId } });
    expect(row).toMatchObject({
      userId: user.id,
      customerId: user.customerId,
      statistics: false,
      marketing: false,
    });
  });

  it("P16: another version's text, a replayed or foreign form, or a flood records nothing", async () => {
    const previous: StoredConsent = {
      visitorId: "33333333-3333-4333-8333-333333333333",
      policyVersion: CONSENT_POLICY_VERSION,
      statistics: false,
      marketing: false,
      decidedAt: NOW,
    };
    const before = await db.consentRecord.count();
    const attempt = (p: TConsentPost, prev: StoredConsent | null = previous, ip = freshIp()) =>
      recordConsentChoice({ post: p, previous: prev, visitor: null, clientIp: ip, now: NOW });

    expect(await attempt(post("accept-all", previous, { version: "2020-10-01" }))).toEqual({
      ok: false,
      reason: "outdated-text",
    });
    const replay = {
      ...post("accept-all", previous),
      token: issueConsentFormToken(previous.visitorId, new Date(NOW.getTime() - 1000)),
    };
    expect(await attempt(replay)).toEqual({ ok: false, reason: "outdated-form" });
    expect(await attempt(post("accept-all", null))).toEqual({ ok: false, reason: "outdated-form" });
    expect(await db.consentRecord.count()).toBe(before);

    const ip = freshIp();
    for (let i = 0; i < CONSENT_POST_RULE.limit; i++)
      expect((await attempt(post("reject-all", null), null, ip)).ok).toBe(true);
    expect(await attempt(post("reject-all", null), null, ip)).toEqual({ ok: false, reason: "too-many" });
    expect(await db.consentRecord.count()).toBe(before + CONSENT_POST_RULE.limit);
  });

  it("P16: a record cannot be changed, only its link to a deleted customer cleared", async () => {
    const user = await createUser();
    const record = await createConsentRecord({ userId: user.id, customerId: user.customerId });
    await expect(
      db.consentRecord.update({ where: { id: record.id }, data: { marketing: false } }),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.consentRecord.update({ where: { id: record.id }, data: { policyVersion: "2099-01-01" } }),
    ).rejects.toThrow(/immutable/);
    await db.user.delete({ where: { id: user.id } });
    expect(
      await db.consentRecord.findUniqueOrThrow({
        where: { id: record.id },
        select: { userId: true, marketing: true },
      }),
    ).toEqual({ userId: null, marketing: true });
  });
});

describe("consent history and reporting", () => {
  it("P16: a customer sees only their own choices, each marked in force, superseded or lapsed", async () => {
    const kari = await createUser();
    const ola = await createUser();
    const phone = await createConsentRecord({ customerId: kari.customerId, createdAt: addMonths(NOW, -2) });
    // The same browser chose again later, signed out: the signed-in choice no longer holds.
    await createConsentRecord({
      visitorId: phone.visitorId,
      statistics: false,
      createdAt: addMonths(NOW, -1),
    });
    await createConsentRecord({ customerId: kari.customerId, createdAt: addMonths(NOW, -13) });
    await createConsentRecord({
      customerId: kari.customerId,
      policyVersion: "2020-10-01",
      createdAt: addMonths(NOW, -3),
    });
    await createConsentRecord({
      customerId: kari.customerId,
      marketing: false,
      choice: "CUSTOM",
      source: "SETTINGS",
      createdAt: NOW,
    });
    await createConsentRecord({ customerId: ola.customerId, createdAt: NOW });

    const history = await listConsentHistory(kari.customerId as string, NOW);
    expect(history.map((e) => [e.at.toISOString(), e.status, e.marketing])).toEqual([
      [NOW.toISOString(), "in-force", false],
      [addMonths(NOW, -2).toISOString(), "superseded", true],
      [addMonths(NOW, -3).toISOString(), "lapsed", true],
      [addMonths(NOW, -13).toISOString(), "lapsed", true],
    ]);
    expect(history[0]).toMatchObject({
      choice: "CUSTOM",
      source: "SETTINGS",
      policyVersion: CONSENT_POLICY_VERSION,
    });
  });

  it("P16: staff count choices per version and category, and no row names anyone", async () => {
    await db.consentRecord.deleteMany({});
    await createConsentRecord({ statistics: true, marketing: false, choice: "CUSTOM", source: "SETTINGS" });
    await createConsentRecord({ statistics: false, marketing: false, choice: "REJECT_ALL" });
    await createConsentRecord({});
    await createConsentRecord({ policyVersion: "2020-10-01" });

    const report = await getConsentReport();
    expect(report).toEqual([
      {
        policyVersion: CONSENT_POLICY_VERSION,
        choices: 3,
        statistics: { granted: 2, denied: 1 },
        marketing: { granted: 1, denied: 2 },
        byChoice: { ACCEPT_ALL: 1, REJECT_ALL: 1, CUSTOM: 1 },
        bySource: { BANNER: 2, SETTINGS: 1 },
      },
      {
        policyVersion: "2020-10-01",
        choices: 1,
        statistics: { granted: 1, denied: 0 },
        marketing: { granted: 1, denied: 0 },
        byChoice: { ACCEPT_ALL: 1, REJECT_ALL: 0, CUSTOM: 0 },
        bySource: { BANNER: 1, SETTINGS: 0 },
      },
    ]);
    expect(JSON.stringify(report)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });
});

describe("retention of consent records", () => {
  it("P21: deletes records that ended more than 36 months ago, keeps the one in force and recent history", async () => {
    await db.consentRecord.deleteMany({});
    const at = (months: number) => addMonths(NOW, -months);
    const visitor = "44444444-4444-4444-8444-444444444444";
    const old = await createConsentRecord({ visitorId: visitor, createdAt: at(50) }); // superseded 40 months ago
    const mid = await createConsentRecord({ visitorId: visitor, createdAt: at(40) }); // superseded 10 months ago
    const current = await createConsentRecord({ visitorId: visitor, createdAt: at(10) }); // in force
    const lapsedLongAgo = await createConsentRecord({ createdAt: at(49) }); // lapsed 37 months ago
    const lapsedRecently = await createConsentRecord({ createdAt: at(47) }); // lapsed 35 months ago

    const report = await runRetention({ now: NOW });
    expect(report.lines.find((line) => line.name === "superseded-consents")?.affected).toBe(2);
    const left = (await db.consentRecord.findMany({ select: { id: true } })).map((r) => r.id).sort();
    expect(left).toEqual([mid.id, current.id, lapsedRecently.id].sort());
    expect(left).not.toContain(old.id);
    expect(left).not.toContain(lapsedLongAgo.id);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "retention.run" },
      orderBy: { id: "desc" },
    });
    expect(audit.metadata).toMatchObject({ "superseded-consents": 2 });
  });
});

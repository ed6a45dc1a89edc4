import "server-only";
// Cookie consent as proof: every choice becomes an immutable ConsentRecord, customers see their own,
// staff see only counts, and records are deleted by the register's rule once they have ended.
import { randomUUID } from "node:crypto";
import { mayProcess } from "@/features/privacy";
import type { ConsentChoice as ChoiceKind, ConsentSource, Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { hitRateLimit, type RateLimitRule } from "@/platform/rate-limit";
import { type ConsentChoice, choiceOf, type TConsentPost } from "../domain/consent-choice";
import type { StoredConsent } from "../domain/consent-cookie";
import { addMonths, CONSENT_POLICY_VERSION, CONSENT_VALID_MONTHS } from "../domain/consent-limits";
import { consentFormTokenValid } from "./consent-form-token";

/** Consent posts per client address; beyond it a post records nothing and counts as no consent. */
export const CONSENT_POST_RULE: RateLimitRule = { limit: 30, windowMs: 10 * 60_000 };

const CHOICE_KINDS: Record<TConsentPost["choice"], ChoiceKind> = {
  "accept-all": "ACCEPT_ALL",
  "reject-all": "REJECT_ALL",
  custom: "CUSTOM",
};
const SOURCES: Record<TConsentPost["source"], ConsentSource> = { banner: "BANNER", settings: "SETTINGS" };

export type RecordConsentResult =
  | { ok: true; consent: StoredConsent }
  | { ok: false; reason: "outdated-text" | "outdated-form" | "too-many" };

/**
 * Records one choice. `previous` is the choice the browser's cookie holds (verified, in force or
 * not): its consent id is kept, so a visitor's records link up. Refused, and nothing recorded, for
 * a post made under another policy version, a replayed or foreign form, or too many posts.
 */
export async function recordConsentChoice({
  post,
  previous,
  visitor,
  clientIp,
  now = new Date(),
}: {
  post: TConsentPost;
  previous: StoredConsent | null;
  visitor: { userId: string; customerId: string | null } | null;
  clientIp: string;
  now?: Date;
}): Promise<RecordConsentResult> {
  if (!(await hitRateLimit("consent-choice", clientIp, CONSENT_POST_RULE, now)).allowed) {
    return { ok: false, reason: "too-many" };
  }
  if (post.version !== CONSENT_POLICY_VERSION) return { ok: false, reason: "outdated-text" };
  if (!consentFormTokenValid(post.token, previous, now)) return { ok: false, reason: "outdated-form" };

  const choice = await withinCustomerLimits(choiceOf(post), visitor?.customerId ?? null);
  const visitorId = previous?.visitorId ?? randomUUID();
  await db.consentRecord.create({
    data: {
      visitorId,
      customerId: visitor?.customerId ?? null,
      userId: visitor?.userId ?? null,
      choice: CHOICE_KINDS[post.choice],
      source: SOURCES[post.source],
      statistics: choice.statistics,
      marketing: choice.marketing,
      policyVersion: CONSENT_POLICY_VERSION,
      createdAt: now,
    },
    select: { id: true },
  });
  return {
    ok: true,
    consent: { visitorId, policyVersion: CONSENT_POLICY_VERSION, decidedAt: now, ...choice },
  };
}

/**
 * A signed-in customer who restricted processing (Art. 18) or objected to marketing (Art. 21) is
 * never recorded as granting what that forbids; they lift the restriction or objection on Min side.
 */
async function withinCustomerLimits(
  choice: ConsentChoice,
  customerId: string | null,
): Promise<ConsentChoice> {
  if (!customerId) return choice;
  const flags = await db.customer.findUnique({
    where: { id: customerId },
    select: { restrictedAt: true, marketingObjectedAt: true, profilingObjectedAt: true, anonymisedAt: true },
  });
  if (!flags) return choice;
  return {
    ...choice,
    statistics: choice.statistics && mayProcess(flags, "analytics"),
    marketing: choice.marketing && mayProcess(flags, "marketing"),
  };
}

export type ConsentStatus = "in-force" | "superseded" | "lapsed";

export interface ConsentHistoryEntry extends ConsentChoice {
  id: string;
  at: Date;
  choice: ChoiceKind;
  source: ConsentSource;
  policyVersion: string;
  status: ConsentStatus;
}

/** How many of a customer's choices Min side shows, newest first. */
export const CONSENT_HISTORY_LIMIT = 50;

/**
 * The choices a customer made while signed in, newest first, each with whether it still decides
 * anything: superseded when the same browser chose again later (signed in or not), lapsed when its
 * policy version is no longer current or it is older than CONSENT_VALID_MONTHS.
 */
export async function listConsentHistory(
  customerId: string,
  now = new Date(),
): Promise<ConsentHistoryEntry[]> {
  const records = await db.consentRecord.findMany({
    where: { customerId },
    orderBy: { createdAt: "desc" },
    take: CONSENT_HISTORY_LIMIT,
    select: {
      id: true,
      visitorId: true,
      createdAt: true,
      choice: true,
      source: true,
      statistics: true,
      marketing: true,
      policyVersion: true,
    },
  });
  const latest = await db.consentRecord.groupBy({
    by: ["visitorId"],
    where: { visitorId: { in: [...new Set(records.map((r) => r.visitorId))] } },
    _max: { createdAt: true },
  });
  const latestBy = new Map(latest.map((row) => [row.visitorId, row._max.createdAt?.getTime() ?? 0]));
  return records.map(({ visitorId, createdAt, ...record }) => ({
    ...record,
    at: createdAt,
    status:
      createdAt.getTime() < (latestBy.get(visitorId) ?? 0)
        ? "superseded"
        : record.policyVersion !== CONSENT_POLICY_VERSION || now >= addMonths(createdAt, CONSENT_VALID_MONTHS)
          ? "lapsed"
          : "in-force",
  }));
}

export interface CategoryCount {
  granted: number;
  denied: number;
}

export interface ConsentReportRow {
  policyVersion: string;
  choices: number;
  statistics: CategoryCount;
  marketing: CategoryCount;
  byChoice: Record<ChoiceKind, number>;
  bySource: Record<ConsentSource, number>;
}

/** Counts of choices per policy version and category, newest version first: no row names anyone. */
export async function getConsentReport(): Promise<ConsentReportRow[]> {
  const groups = await db.consentRecord.groupBy({
    by: ["policyVersion", "choice", "source", "statistics", "marketing"],
    _count: { _all: true },
  });
  const rows = new Map<string, ConsentReportRow>();
  for (const group of groups) {
    const count = group._count._all;
    let row = rows.get(group.policyVersion);
    if (!row) {
      row = {
        policyVersion: group.policyVersion,
        choices: 0,
        statistics: { granted: 0, denied: 0 },
        marketing: { granted: 0, denied: 0 },
        byChoice: { ACCEPT_ALL: 0, REJECT_ALL: 0, CUSTOM: 0 },
        bySource: { BANNER: 0, SETTINGS: 0 },
      };
      rows.set(group.policyVersion, row);
    }
    row.choices += count;
    row.statistics[group.statistics ? "granted" : "denied"] += count;
    row.marketing[group.marketing ? "granted" : "denied"] += count;
    row.byChoice[group.choice] += count;
    row.bySource[group.source] += count;
  }
  return [...rows.values()].sort((a, b) => b.policyVersion.localeCompare(a.policyVersion));
}

/**
 * Deletes consent records that ended before `endedBefore` (the retention job's cut-off for the register's
 * rule), in the job's transaction: a record ends when the same visitor chooses again, or
 * CONSENT_VALID_MONTHS after it was made. The record in force is never deleted, and neither is one
 * whose successor is still recent.
 */
export async function deleteEndedConsentRecords(
  tx: Prisma.TransactionClient,
  endedBefore: Date,
): Promise<number> {
  const madeBefore = addMonths(endedBefore, -CONSENT_VALID_MONTHS);
  return tx.$executeRaw`
    DELETE FROM "ConsentRecord" AS r
    WHERE r."createdAt" < ${madeBefore}::timestamptz
       OR EXISTS (
         SELECT 1 FROM "ConsentRecord" AS n
         WHERE n."visitorId" = r."visitorId"
           AND n."createdAt" > r."createdAt"
           AND n."createdAt" < ${endedBefore}::timestamptz
       )`;
}

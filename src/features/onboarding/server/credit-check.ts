import "server-only";
// Step 4 of "Bli kunde" (P9): the credit check at Experian and its automated decision
// (../domain/credit-decision.ts). Only the outcome is stored — date, score band, reason code, and that
// it was automated — never the report. A manual-review outcome opens a case for a person to work.
import { writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import type { CreditReport } from "@/platform/registries/experian/experian";
import { registries } from "@/platform/registries/registries";
import { type CreditDecision, decideCredit } from "../domain/credit-decision";
import { anonymous, lookupAudit } from "./application-audit";
import { claimCreditCheck, move, withApplication } from "./application-state";
import { answerDueDateFrom, mailReviewLink } from "./request-human-review";
import type { OnboardingOptions } from "./step-types";

export type CreditResult =
  | { ok: true; decision: CreditDecision }
  | { ok: false; reason: "stale" | "experian-unavailable" };

export async function runCreditCheck(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<CreditResult> {
  const now = options.now ?? new Date();
  // Claimed first: a second click or tab finds it claimed and never runs (or letters) a second one.
  if (!(await claimCreditCheck(applicationId, now))) return { ok: false, reason: "stale" };
  const app = await withApplication(applicationId);
  if (!app) return { ok: false, reason: "stale" };
  const report = await (options.registries ?? registries()).experian.creditCheck({
    nationalId: decryptNationalId(app.nationalIdCiphertext),
  });
  await writeAudit(
    db,
    lookupAudit(app.id, "experian", "credit-assessment", report.ok ? "found" : report.reason),
  );
  if (!report.ok && report.reason !== "not-found") {
    await db.onboardingApplication.update({
      where: { id: app.id },
      data: { lastError: "experian-unavailable" },
    });
    return { ok: false, reason: "experian-unavailable" };
  }
  const found = report.ok ? report.value : null;
  const decision = decideCredit(
    found
      ? {
          found: true,
          score: found.score,
          openPaymentRemarks: found.openPaymentRemarks,
          creditBlocked: found.creditBlocked,
        }
      : { found: false, score: null, openPaymentRemarks: 0, creditBlocked: false },
  );
  const reviewToken = decision.outcome === "MANUAL_REVIEW" ? newLinkToken() : null;
  const recorded = { applicationId: app.id, decision, band: found?.band ?? null, reviewToken, now };
  if (!(await db.$transaction((tx) => recordDecision(tx, recorded)))) return { ok: false, reason: "stale" };
  if (reviewToken && app.email) {
    const review = { token: reviewToken, requestedByApplicant: false, answerDueDate: answerDueDateFrom(now) };
    await mailReviewLink(app.email, review, options);
  }
  return { ok: true, decision };
}

/**
 * Stores the decision, and the review case a manual review needs. False when the application went
 * elsewhere meanwhile (abandoned, purged): then there is no decision and no case to record.
 */
async function recordDecision(
  tx: Prisma.TransactionClient,
  {
    applicationId,
    decision,
    band,
    reviewToken,
    now,
  }: {
    applicationId: string;
    decision: CreditDecision;
    band: CreditReport["band"] | null;
    reviewToken: string | null;
    now: Date;
  },
): Promise<boolean> {
  const moved = await move(
    tx,
    applicationId,
    "METERING_POINT_CHOSEN",
    decision.outcome === "DECLINED" ? "credit-declined" : "credit-decided",
    {
      creditOutcome: decision.outcome,
      creditReasonCode: decision.reasonCode,
      creditScoreBand: band,
      creditAutomated: decision.automated,
      creditDecidedAt: now,
      lastError: null,
    },
    now,
    { holdsCreditClaim: true },
  );
  if (!moved) return false;
  if (reviewToken) {
    await tx.creditReviewCase.create({
      data: {
        applicationId,
        reason: "RULES_MANUAL_REVIEW",
        statusTokenHash: hashLinkToken(reviewToken),
        requestedAt: now,
        answerDueDate: answerDueDateFrom(now),
      },
      select: { id: true },
    });
  }
  await writeAudit(
    tx,
    anonymous(applicationId, "onboarding.credit-decision", {
      outcome: decision.outcome,
      reasonCode: decision.reasonCode,
      band,
      automated: true,
    }),
  );
  return true;
}

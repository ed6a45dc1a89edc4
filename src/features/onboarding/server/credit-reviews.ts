import "server-only";
import { writeAudit } from "@/features/audit/server";
import type { StaffSession } from "@/features/sign-in/server";
import { db } from "@/platform/db";
import { DAY_MS } from "@/platform/time/durations";
// Staff work the credit review cases (/admin/kredittvurderinger): applicants declined by the automated
// rules who contested the decision (GDPR Art. 22(3)), with their point of view if they gave one, and
// applications the rules sent to manual review. Each case has the date its applicant was promised an answer. An approval lets the applicant finish "Bli kunde"; every decision is audited.
import { reviewOverdue } from "../domain/credit-review";
import { APPLICATION_EXPIRY_DAYS } from "../domain/limits";
import { transition } from "../domain/status";

/**
 * The cases: open ones first, the earliest answer date first, each marked when it is past the date the
 * applicant was promised. Looking at applicants' data (and what they wrote) is audited.
 */
export async function listReviewCases(staff: Pick<StaffSession, "userId" | "role">, now = new Date()) {
  const cases = await db.creditReviewCase.findMany({
    orderBy: [{ status: "asc" }, { answerDueDate: "asc" }, { requestedAt: "asc" }],
    take: 200,
    select: {
      id: true,
      reason: true,
      status: true,
      requestedAt: true,
      answerDueDate: true,
      applicantStatement: true,
      decidedAt: true,
      application: {
        select: {
          firstName: true,
          lastName: true,
          postalCode: true,
          city: true,
          creditReasonCode: true,
          creditScoreBand: true,
          creditDecidedAt: true,
        },
      },
    },
  });
  await writeAudit(db, {
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: "credit-review.list",
    metadata: { cases: cases.length, open: cases.filter((c) => c.status === "REQUESTED").length },
  });
  return cases.map((c) => ({
    ...c,
    overdue: c.status === "REQUESTED" && reviewOverdue(c.answerDueDate, now),
  }));
}

export type ReviewDecisionResult = { ok: true } | { ok: false; reason: "not-found" | "already-decided" };

export async function decideReviewCase(
  staff: Pick<StaffSession, "userId" | "role">,
  input: { caseId: string; decision: "APPROVED" | "DECLINED" },
  now = new Date(),
): Promise<ReviewDecisionResult> {
  return db.$transaction(async (tx) => {
    const review = await tx.creditReviewCase.findUnique({
      where: { id: input.caseId },
      select: { id: true, status: true, applicationId: true, application: { select: { status: true } } },
    });
    const approved = input.decision === "APPROVED";
    const status =
      review && transition(review.application.status, approved ? "review-approved" : "review-declined");
    // No case, or its application moved on (abandoned, completed) while the case was open.
    if (!review || !status) return { ok: false, reason: "not-found" };
    const { count } = await tx.creditReviewCase.updateMany({
      where: { id: review.id, status: "REQUESTED" },
      data: { status: input.decision, decidedAt: now, decidedByUserId: staff.userId },
    });
    if (count !== 1) return { ok: false, reason: "already-decided" };
    // A person's decision, not an automated one; the applicant gets the usual time to finish.
    await tx.onboardingApplication.update({
      where: { id: review.applicationId },
      data: {
        status,
        creditOutcome: approved ? "APPROVED" : "DECLINED",
        creditAutomated: false,
        creditDecidedAt: now,
        expiresAt: new Date(now.getTime() + APPLICATION_EXPIRY_DAYS * DAY_MS),
      },
    });
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "credit-review.decide",
      targetType: "CreditReviewCase",
      targetId: review.id,
      metadata: { decision: input.decision },
    });
    return { ok: true };
  });
}

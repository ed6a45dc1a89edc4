import "server-only";
// GDPR Art. 22(3): an applicant the rules declined asks that a person looks at the decision, and may
// say why they think it is wrong. The case goes to /admin/kredittvurderinger (credit-reviews.ts), and
// the applicant gets a mailed status link and the date by which they get an answer.
import { writeAudit } from "@/features/audit/server";
import { Prisma } from "@/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { sendMailOrLog } from "@/platform/mail/mailer";
import { creditReviewMail } from "@/platform/mail/templates";
import { reviewAnswerDate, type TReviewRequest } from "../domain/credit-review";
import { anonymous } from "./application-audit";
import { expiryFrom } from "./application-state";
import type { OnboardingOptions } from "./step-types";

export type ReviewRequestResult = { ok: true } | { ok: false; reason: "stale" };

/** Art. 22(3): the applicant contests an automated decline. One case per application. */
export async function requestHumanReview(
  applicationId: string,
  input: TReviewRequest,
  options: OnboardingOptions = {},
): Promise<ReviewRequestResult> {
  const now = options.now ?? new Date();
  const token = newLinkToken();
  const statement = input.statement === "" ? null : input.statement;
  const answerDueDate = answerDueDateFrom(now);
  const created = await db
    .$transaction(async (tx) => {
      const app = await tx.onboardingApplication.findFirst({
        where: { id: applicationId, status: "DECLINED", reviewCase: null },
        select: { id: true, email: true },
      });
      if (!app) return null;
      await tx.creditReviewCase.create({
        data: {
          applicationId: app.id,
          reason: "APPLICANT_REQUEST",
          statusTokenHash: hashLinkToken(token),
          requestedAt: now,
          answerDueDate,
          applicantStatement: statement,
        },
        select: { id: true },
      });
      // The application waits for the review: it is not deleted as abandoned meanwhile.
      await tx.onboardingApplication.update({ where: { id: app.id }, data: { expiresAt: expiryFrom(now) } });
      // Whether the applicant gave their point of view, never what they wrote.
      await writeAudit(tx, anonymous(app.id, "credit-review.request", { statement: statement !== null }));
      return app;
    })
    .catch((error: unknown) => {
      // Two clicks at once: the second finds the case the first made.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
      throw error;
    });
  if (!created) return { ok: false, reason: "stale" };
  if (created.email) {
    await mailReviewLink(created.email, { token, requestedByApplicant: true, answerDueDate }, options);
  }
  return { ok: true };
}

/** The answer date of a case opened at `now`, as the @db.Date it is stored as (UTC midnight). */
export function answerDueDateFrom(now: Date): Date {
  return new Date(`${reviewAnswerDate(now)}T00:00:00Z`);
}

/** Mails the status link of a review case, whether the applicant asked for it or the rules did. */
export async function mailReviewLink(
  to: string,
  review: { token: string; requestedByApplicant: boolean; answerDueDate: Date },
  options: OnboardingOptions,
) {
  const link = `${env().APP_URL}/bli-kunde/vurdering/${review.token}`;
  const content = creditReviewMail({
    link,
    requestedByApplicant: review.requestedByApplicant,
    answerDueDate: review.answerDueDate,
  });
  await sendMailOrLog("credit-review", { to, ...content }, options.mail);
}

import "server-only";
// GDPR Art. 22: an applicant the rules declined asks that a person looks at the decision. The case
// goes to /admin/kredittvurderinger (credit-reviews.ts), and the applicant gets a mailed status link.
import { writeAudit } from "@/features/audit/server";
import { Prisma } from "@/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { sendMailOrLog } from "@/platform/mail/mailer";
import { creditReviewMail } from "@/platform/mail/templates";
import { anonymous } from "./application-audit";
import { expiryFrom } from "./application-state";
import type { OnboardingOptions } from "./step-types";

/** Art. 22: the applicant asks that a person looks at an automated decline. One case per application. */
export async function requestHumanReview(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<{ ok: true } | { ok: false; reason: "stale" }> {
  const now = options.now ?? new Date();
  const token = newLinkToken();
  const created = await db
    .$transaction(async (tx) => {
      const app = await tx.onboardingApplication.findFirst({
        where: { id: applicationId, status: "DECLINED", reviewCase: null },
        select: { id: true, email: true },
      });
      if (!app) return null;
      await tx.creditReviewCase.create({
        data: { applicationId: app.id, reason: "APPLICANT_REQUEST", statusTokenHash: hashLinkToken(token) },
        select: { id: true },
      });
      // The application waits for the review: it is not deleted as abandoned meanwhile.
      await tx.onboardingApplication.update({ where: { id: app.id }, data: { expiresAt: expiryFrom(now) } });
      await writeAudit(tx, anonymous(app.id, "credit-review.request"));
      return app;
    })
    .catch((error: unknown) => {
      // Two clicks at once: the second finds the case the first made.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
      throw error;
    });
  if (!created) return { ok: false, reason: "stale" };
  if (created.email) await mailReviewLink(created.email, token, true, options);
  return { ok: true };
}

/** Mails the status link of a review case, whether the applicant asked for it or the rules did. */
export async function mailReviewLink(
  to: string,
  token: string,
  requestedByApplicant: boolean,
  options: OnboardingOptions,
) {
  const link = `${env().APP_URL}/bli-kunde/vurdering/${token}`;
  await sendMailOrLog(
    "credit-review",
    { to, ...creditReviewMail({ link, requestedByApplicant }) },
    options.mail,
  );
}

import "server-only";
// The status link mailed with a review case (/bli-kunde/vurdering/<token>): the applicant follows the
// case there, and once a person approved it, finishes the application from it, in any browser.
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { db } from "@/platform/db";

/** The review case behind a mailed status link. */
export async function findReviewByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return db.creditReviewCase.findUnique({
    where: { statusTokenHash: hashLinkToken(token) },
    select: {
      status: true,
      reason: true,
      requestedAt: true,
      answerDueDate: true,
      decidedAt: true,
      application: { select: { id: true, status: true } },
    },
  });
}

/** The mailed link also lets the applicant finish in another browser: a fresh resume token for it. */
export async function resumeFromReviewLink(
  token: string,
): Promise<{ ok: true; resumeToken: string } | { ok: false; reason: "stale" }> {
  const review = await findReviewByToken(token);
  if (review?.status !== "APPROVED" || review.application.status !== "CREDIT_DECIDED") {
    return { ok: false, reason: "stale" };
  }
  const resumeToken = newLinkToken();
  await db.onboardingApplication.update({
    where: { id: review.application.id },
    data: { resumeTokenHash: hashLinkToken(resumeToken) },
  });
  return { ok: true, resumeToken };
}

-- An applicant contesting an automated credit decline (GDPR Art. 22(3)) may give their point of view,
-- and every review case says by which Oslo date the applicant can expect an answer.

-- DropIndex
DROP INDEX "CreditReviewCase_status_requestedAt_idx";

-- AlterTable
ALTER TABLE "CreditReviewCase" ADD COLUMN "answerDueDate" DATE,
ADD COLUMN "applicantStatement" TEXT;

-- Cases opened before this: seven calendar days from the Oslo date of the request
-- (CREDIT_REVIEW_ANSWER_DAYS in src/features/onboarding/domain/limits.ts).
UPDATE "CreditReviewCase" SET "answerDueDate" = ("requestedAt" AT TIME ZONE 'Europe/Oslo')::date + 7;

ALTER TABLE "CreditReviewCase" ALTER COLUMN "answerDueDate" SET NOT NULL;

-- CreateIndex
CREATE INDEX "CreditReviewCase_status_answerDueDate_idx" ON "CreditReviewCase"("status", "answerDueDate");

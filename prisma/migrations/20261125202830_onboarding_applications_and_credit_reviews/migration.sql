-- Nothing wrote OnboardingApplication before "Bli kunde" (this migration): no row to carry over.
DELETE FROM "OnboardingApplication";

-- CreateEnum
CREATE TYPE "CreditOutcome" AS ENUM ('APPROVED', 'MANUAL_REVIEW', 'DECLINED');

-- CreateEnum
CREATE TYPE "CreditReviewReason" AS ENUM ('RULES_MANUAL_REVIEW', 'APPLICANT_REQUEST');

-- CreateEnum
CREATE TYPE "CreditReviewStatus" AS ENUM ('REQUESTED', 'APPROVED', 'DECLINED');

-- AlterEnum
BEGIN;
CREATE TYPE "OnboardingStatus_new" AS ENUM ('DRAFT', 'IDENTITY_VERIFIED', 'METERING_POINT_CHOSEN', 'CREDIT_DECIDED', 'COMPLETED', 'ABANDONED', 'DECLINED');
ALTER TABLE "public"."OnboardingApplication" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "OnboardingApplication" ALTER COLUMN "status" TYPE "OnboardingStatus_new" USING ("status"::text::"OnboardingStatus_new");
ALTER TYPE "OnboardingStatus" RENAME TO "OnboardingStatus_old";
ALTER TYPE "OnboardingStatus_new" RENAME TO "OnboardingStatus";
DROP TYPE "public"."OnboardingStatus_old";
ALTER TABLE "OnboardingApplication" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
COMMIT;

-- DropIndex
DROP INDEX "OnboardingApplication_expiresAt_idx";

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "fieldSources" JSONB;

-- AlterTable
ALTER TABLE "OnboardingApplication" DROP COLUMN "creditDecision",
DROP COLUMN "meterNumber",
ADD COLUMN     "consentedAt" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "creditAutomated" BOOLEAN,
ADD COLUMN     "creditDecidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "creditOutcome" "CreditOutcome",
ADD COLUMN     "creditReasonCode" TEXT,
ADD COLUMN     "creditScoreBand" CHAR(1),
ADD COLUMN     "fieldSources" JSONB NOT NULL,
ADD COLUMN     "identityVerifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "meteringPoint" JSONB,
ADD COLUMN     "meteringPointOptions" JSONB,
ADD COLUMN     "registeredAddress" JSONB,
ADD COLUMN     "resumeTokenHash" TEXT NOT NULL,
ALTER COLUMN "status" SET DEFAULT 'DRAFT';

-- CreateTable
CREATE TABLE "CreditReviewCase" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "reason" "CreditReviewReason" NOT NULL,
    "status" "CreditReviewStatus" NOT NULL DEFAULT 'REQUESTED',
    "statusTokenHash" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedByUserId" UUID,

    CONSTRAINT "CreditReviewCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CreditReviewCase_applicationId_key" ON "CreditReviewCase"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditReviewCase_statusTokenHash_key" ON "CreditReviewCase"("statusTokenHash");

-- CreateIndex
CREATE INDEX "CreditReviewCase_status_requestedAt_idx" ON "CreditReviewCase"("status", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingApplication_resumeTokenHash_key" ON "OnboardingApplication"("resumeTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingApplication_customerId_key" ON "OnboardingApplication"("customerId");

-- CreateIndex
CREATE INDEX "OnboardingApplication_status_expiresAt_idx" ON "OnboardingApplication"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "CreditReviewCase" ADD CONSTRAINT "CreditReviewCase_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OnboardingApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditReviewCase" ADD CONSTRAINT "CreditReviewCase_decidedByUserId_fkey" FOREIGN KEY ("decidedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

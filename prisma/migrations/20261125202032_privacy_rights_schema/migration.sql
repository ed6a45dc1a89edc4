-- DropForeignKey
ALTER TABLE "PrivacyRequest" DROP CONSTRAINT "PrivacyRequest_customerId_fkey";

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3),
ADD COLUMN     "marketingObjectedAt" TIMESTAMPTZ(3),
ADD COLUMN     "profilingObjectedAt" TIMESTAMPTZ(3),
ADD COLUMN     "restrictedAt" TIMESTAMPTZ(3),
ALTER COLUMN "email" DROP NOT NULL,
ALTER COLUMN "phone" DROP NOT NULL,
ALTER COLUMN "nationalIdCiphertext" DROP NOT NULL,
ALTER COLUMN "nationalIdHash" DROP NOT NULL;

-- AlterTable (hand-edited: existing invoices get the buyer as the customer row has it now)
ALTER TABLE "Invoice" ADD COLUMN     "buyerCity" TEXT,
ADD COLUMN     "buyerName" TEXT,
ADD COLUMN     "buyerPostalCode" CHAR(4),
ADD COLUMN     "buyerStreet" TEXT;

UPDATE "Invoice" i SET
  "buyerName" = c."firstName" || ' ' || c."lastName",
  "buyerStreet" = c."street",
  "buyerPostalCode" = c."postalCode",
  "buyerCity" = c."city"
FROM "Customer" c WHERE c."id" = i."customerId";

ALTER TABLE "Invoice" ALTER COLUMN "buyerCity" SET NOT NULL,
ALTER COLUMN "buyerName" SET NOT NULL,
ALTER COLUMN "buyerPostalCode" SET NOT NULL,
ALTER COLUMN "buyerStreet" SET NOT NULL;

-- AlterTable
ALTER TABLE "PrivacyRequest" ADD COLUMN     "field" TEXT,
ADD COLUMN     "onboardingApplicationId" UUID,
ADD COLUMN     "requesterEmail" TEXT,
ALTER COLUMN "customerId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "PrivacyRequest_onboardingApplicationId_idx" ON "PrivacyRequest"("onboardingApplicationId");

-- AddForeignKey
ALTER TABLE "PrivacyRequest" ADD CONSTRAINT "PrivacyRequest_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivacyRequest" ADD CONSTRAINT "PrivacyRequest_onboardingApplicationId_fkey" FOREIGN KEY ("onboardingApplicationId") REFERENCES "OnboardingApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

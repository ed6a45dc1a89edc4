-- CreateEnum
CREATE TYPE "IdentityMethod" AS ENUM ('BANKID', 'LETTER');

-- AlterTable
ALTER TABLE "OnboardingApplication" ADD COLUMN     "emailVerifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "identifiedBy" "IdentityMethod",
ALTER COLUMN "firstName" DROP NOT NULL,
ALTER COLUMN "lastName" DROP NOT NULL,
ALTER COLUMN "email" DROP NOT NULL,
ALTER COLUMN "phone" DROP NOT NULL,
ALTER COLUMN "street" DROP NOT NULL,
ALTER COLUMN "postalCode" DROP NOT NULL,
ALTER COLUMN "city" DROP NOT NULL;

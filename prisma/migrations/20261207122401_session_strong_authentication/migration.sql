-- AlterTable
ALTER TABLE "AuthSession" ADD COLUMN     "strongAuthAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Contract" DROP COLUMN "norgespris";

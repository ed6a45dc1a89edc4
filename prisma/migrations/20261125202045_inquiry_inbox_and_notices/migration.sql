-- DropForeignKey
ALTER TABLE "Inquiry" DROP CONSTRAINT "Inquiry_customerId_fkey";

-- DropIndex
DROP INDEX "Inquiry_status_updatedAt_idx";

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "assignedToUserId" UUID,
ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ALTER COLUMN "customerId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Notice" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notice_customerId_readAt_idx" ON "Notice"("customerId", "readAt");

-- CreateIndex
CREATE INDEX "Notice_createdAt_idx" ON "Notice"("createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_status_createdAt_idx" ON "Inquiry"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_closedAt_idx" ON "Inquiry"("closedAt");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_assignedToUserId_fkey" FOREIGN KEY ("assignedToUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

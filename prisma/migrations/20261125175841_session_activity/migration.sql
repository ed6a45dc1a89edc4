-- AlterTable
ALTER TABLE "AuthSession" ADD COLUMN     "deviceLabel" TEXT NOT NULL DEFAULT 'Ukjent enhet',
ADD COLUMN     "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "AuthSession_lastSeenAt_idx" ON "AuthSession"("lastSeenAt");

-- CreateTable
CREATE TABLE "MailDelivery" (
    "key" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "claimedUntil" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailDelivery_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailDelivery_messageId_key" ON "MailDelivery"("messageId");

-- CreateIndex
CREATE INDEX "MailDelivery_createdAt_idx" ON "MailDelivery"("createdAt");

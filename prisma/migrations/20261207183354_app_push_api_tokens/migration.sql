-- CreateEnum
CREATE TYPE "ApiScope" AS ENUM ('CONSUMPTION', 'PRICES', 'CONTRACT', 'INVOICES');

-- CreateTable
CREATE TABLE "PushSubscription" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "deviceLabel" TEXT NOT NULL DEFAULT 'Ukjent enhet',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSuccessAt" TIMESTAMPTZ(3),

    CONSTRAINT "PushSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "customerId" UUID NOT NULL,
    "tomorrowPrices" BOOLEAN NOT NULL DEFAULT false,
    "priceAboveOre" INTEGER,
    "inquiryAnswer" BOOLEAN NOT NULL DEFAULT false,
    "privacyCompleted" BOOLEAN NOT NULL DEFAULT false,
    "invoiceIssued" BOOLEAN NOT NULL DEFAULT false,
    "tomorrowPricesSentFor" DATE,
    "priceAlertSentFor" DATE,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("customerId")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" "ApiScope"[],
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PushSubscription_endpoint_key" ON "PushSubscription"("endpoint");

-- CreateIndex
CREATE INDEX "PushSubscription_customerId_idx" ON "PushSubscription"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_customerId_idx" ON "ApiToken"("customerId");

-- CreateIndex
CREATE INDEX "ApiToken_expiresAt_idx" ON "ApiToken"("expiresAt");

-- AddForeignKey
ALTER TABLE "PushSubscription" ADD CONSTRAINT "PushSubscription_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A token reads at least one thing; a price alert's level is a positive price.
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_scopes_present" CHECK (cardinality("scopes") >= 1);
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_priceAboveOre_positive"
  CHECK ("priceAboveOre" IS NULL OR "priceAboveOre" > 0);

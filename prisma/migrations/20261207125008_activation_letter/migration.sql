-- CreateTable
CREATE TABLE "ActivationLetter" (
    "id" UUID NOT NULL,
    "nationalIdHash" TEXT NOT NULL,
    "nationalIdCiphertext" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "consentedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivationLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivationLetter_nationalIdHash_createdAt_idx" ON "ActivationLetter"("nationalIdHash", "createdAt");

-- CreateIndex
CREATE INDEX "ActivationLetter_expiresAt_idx" ON "ActivationLetter"("expiresAt");

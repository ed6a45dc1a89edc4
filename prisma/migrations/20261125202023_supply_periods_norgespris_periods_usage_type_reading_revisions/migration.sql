-- CreateEnum
CREATE TYPE "UsageType" AS ENUM ('HOME', 'HOLIDAY_HOME', 'BUSINESS');

-- AlterTable
ALTER TABLE "ConsumptionReading" ADD COLUMN     "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "MeteringPoint" ADD COLUMN     "municipalityNumber" CHAR(4),
ADD COLUMN     "usageType" "UsageType" NOT NULL DEFAULT 'HOME';

-- CreateTable
CREATE TABLE "SupplyPeriod" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "meteringPointId" UUID NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplyPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NorgesprisPeriod" (
    "id" UUID NOT NULL,
    "meteringPointId" UUID NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NorgesprisPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsumptionReadingRevision" (
    "id" BIGSERIAL NOT NULL,
    "meteringPointId" UUID NOT NULL,
    "intervalStart" TIMESTAMPTZ(3) NOT NULL,
    "resolution" "Resolution" NOT NULL,
    "kwh" DECIMAL(12,4) NOT NULL,
    "quality" "ReadingQuality" NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "supersededAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsumptionReadingRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupplyPeriod_customerId_meteringPointId_idx" ON "SupplyPeriod"("customerId", "meteringPointId");

-- CreateIndex
CREATE INDEX "SupplyPeriod_meteringPointId_fromDate_idx" ON "SupplyPeriod"("meteringPointId", "fromDate");

-- CreateIndex
CREATE INDEX "NorgesprisPeriod_meteringPointId_fromDate_idx" ON "NorgesprisPeriod"("meteringPointId", "fromDate");

-- CreateIndex
CREATE INDEX "ConsumptionReadingRevision_meteringPointId_intervalStart_idx" ON "ConsumptionReadingRevision"("meteringPointId", "intervalStart");

-- AddForeignKey
ALTER TABLE "SupplyPeriod" ADD CONSTRAINT "SupplyPeriod_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyPeriod" ADD CONSTRAINT "SupplyPeriod_meteringPointId_fkey" FOREIGN KEY ("meteringPointId") REFERENCES "MeteringPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NorgesprisPeriod" ADD CONSTRAINT "NorgesprisPeriod_meteringPointId_fkey" FOREIGN KEY ("meteringPointId") REFERENCES "MeteringPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

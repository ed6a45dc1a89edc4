-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "concludedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "startDuringWithdrawalPeriod" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "termsVersion" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "SupplyPeriod" ADD COLUMN     "historyFromDate" DATE;

-- A contract concluded before this column existed was concluded when it was made.
UPDATE "Contract" SET "concludedAt" = "createdAt";

-- Sign-up started the supply period up to 13 months back to bring the customer's history, although no
-- contract covered those days: supply now starts with the first contract, the days before are history.
UPDATE "SupplyPeriod" AS s
SET "historyFromDate" = s."fromDate", "fromDate" = first."startDate"
FROM (
  SELECT "customerId", "meteringPointId", MIN("startDate") AS "startDate"
  FROM "Contract" GROUP BY "customerId", "meteringPointId"
) AS first
WHERE first."customerId" = s."customerId"
  AND first."meteringPointId" = s."meteringPointId"
  AND first."startDate" > s."fromDate"
  AND (s."toDate" IS NULL OR first."startDate" < s."toDate");

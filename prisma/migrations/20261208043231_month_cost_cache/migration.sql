-- CreateTable
CREATE TABLE "ConsumptionMonthVersion" (
    "meteringPointId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "ConsumptionMonthVersion_pkey" PRIMARY KEY ("meteringPointId","month")
);

-- CreateTable
CREATE TABLE "MonthCost" (
    "customerId" UUID NOT NULL,
    "meteringPointId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "inputsKey" TEXT NOT NULL,
    "hoursVersion" BIGINT NOT NULL,
    "cost" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonthCost_pkey" PRIMARY KEY ("customerId","meteringPointId","month")
);

-- CreateIndex
CREATE INDEX "MonthCost_meteringPointId_month_idx" ON "MonthCost"("meteringPointId", "month");

-- CreateIndex
CREATE INDEX "MonthCost_month_idx" ON "MonthCost"("month");

-- AddForeignKey
ALTER TABLE "ConsumptionMonthVersion" ADD CONSTRAINT "ConsumptionMonthVersion_meteringPointId_fkey" FOREIGN KEY ("meteringPointId") REFERENCES "MeteringPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthCost" ADD CONSTRAINT "MonthCost_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthCost" ADD CONSTRAINT "MonthCost_meteringPointId_fkey" FOREIGN KEY ("meteringPointId") REFERENCES "MeteringPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every write to a point's hours raises its months' versions in the same statement, whatever wrote
-- them (an import, a correction, a price that arrived, a deletion): a cached month cost remembers the
-- version it was computed from and is stale once that changes (month-cost-cache.ts). Statement
-- triggers on the parent see the rows of every partition; ordered, so concurrent writers lock the
-- versions in the same order.
CREATE FUNCTION consumption_month_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ConsumptionMonthVersion" ("meteringPointId", "month", "version")
  SELECT DISTINCT "meteringPointId", date_trunc('month', "osloDate")::date, 1
  FROM changed_hours
  ORDER BY 1, 2
  ON CONFLICT ("meteringPointId", "month")
    DO UPDATE SET "version" = "ConsumptionMonthVersion"."version" + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "ConsumptionHour_month_version_insert"
  AFTER INSERT ON "ConsumptionHour" REFERENCING NEW TABLE AS changed_hours
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_month_version_bump();
CREATE TRIGGER "ConsumptionHour_month_version_update"
  AFTER UPDATE ON "ConsumptionHour" REFERENCING NEW TABLE AS changed_hours
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_month_version_bump();
CREATE TRIGGER "ConsumptionHour_month_version_delete"
  AFTER DELETE ON "ConsumptionHour" REFERENCING OLD TABLE AS changed_hours
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_month_version_bump();

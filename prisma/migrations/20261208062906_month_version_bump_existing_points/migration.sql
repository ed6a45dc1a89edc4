-- Hand-written: SQL that prisma/schema.prisma cannot express.
-- A metering point deleted with its hours (the foreign key's cascade) has no months to version: its row
-- is gone when the rollup's delete trigger runs, and a version for it would break the foreign key and
-- fail the deletion. Only points that still exist have their months' versions raised.
CREATE OR REPLACE FUNCTION consumption_month_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ConsumptionMonthVersion" ("meteringPointId", "month", "version")
  SELECT DISTINCT c."meteringPointId", date_trunc('month', c."osloDate")::date, 1
  FROM changed_hours c
  WHERE EXISTS (SELECT 1 FROM "MeteringPoint" m WHERE m.id = c."meteringPointId")
  ORDER BY 1, 2
  ON CONFLICT ("meteringPointId", "month")
    DO UPDATE SET "version" = "ConsumptionMonthVersion"."version" + 1;
  RETURN NULL;
END $$;

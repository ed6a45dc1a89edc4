-- Hand-written: SQL that prisma/schema.prisma cannot express.
-- The readings and their hourly rollup are partitioned by Oslo calendar month (declarative RANGE
-- partitioning, PostgreSQL ≥ 11 and PGlite alike): a year's Forbruk touches twelve partitions, and the
-- retention job drops a month's partitions instead of deleting its rows. An Oslo month starts on a
-- whole UTC hour, so a reading and its rollup hour always fall in the same month.
--
-- No DEFAULT partition: a row that lands in it would make creating its month fail later ("updated
-- partition constraint for default partition would be violated") and would be kept past retention
-- unseen. Instead every writer calls consumption_ensure_months() before it inserts; a month it forgot
-- is a loud insert error ("no partition of relation found for row"), not a silent one.

-- The partitions of both tables for every Oslo month that meets [lo, hi), created when missing; returns
-- how many months it created. Cheap when they exist (a catalog look-up, no lock). Creating one takes the
-- parent's ACCESS EXCLUSIVE lock until commit: call it in its own short transaction before a long write
-- (the retention job makes the next months ahead, so a writer seldom has to).
-- Two callers at once serialise on an advisory lock and the second finds the tables made: after the
-- wait it asks pg_class afresh (a new snapshot), not to_regclass, whose negative cache entry from the
-- first check an advisory-lock wait does not invalidate. IF NOT EXISTS is the backstop.
CREATE FUNCTION consumption_ensure_months(lo timestamptz, hi timestamptz) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  month timestamp;
  made integer := 0;
  created boolean := false;
  suffix text;
  table_name text;
BEGIN
  IF lo IS NULL OR hi IS NULL OR hi <= lo THEN
    RETURN 0;
  END IF;
  FOR month IN
    SELECT generate_series(date_trunc('month', lo AT TIME ZONE 'Europe/Oslo'),
                           date_trunc('month', (hi - interval '1 millisecond') AT TIME ZONE 'Europe/Oslo'),
                           interval '1 month')
  LOOP
    suffix := to_char(month, '"_y"YYYY"m"MM');
    CONTINUE WHEN to_regclass(format('%I', 'ConsumptionReading' || suffix)) IS NOT NULL
              AND to_regclass(format('%I', 'ConsumptionHour' || suffix)) IS NOT NULL;
    PERFORM pg_advisory_xact_lock(hashtext('consumption_ensure_months'));
    FOREACH table_name IN ARRAY ARRAY['ConsumptionReading', 'ConsumptionHour'] LOOP
      CONTINUE WHEN EXISTS (
        SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = table_name || suffix AND n.nspname = current_schema());
      EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                     table_name || suffix, table_name,
                     month AT TIME ZONE 'Europe/Oslo', (month + interval '1 month') AT TIME ZONE 'Europe/Oslo');
      created := true;
    END LOOP;
    made := made + created::int;
    created := false;
  END LOOP;
  RETURN made;
END;
$$;

-- The tables as they are, under other names, until their rows have moved.
ALTER TABLE "ConsumptionReading" RENAME TO "ConsumptionReading_unpartitioned";
ALTER TABLE "ConsumptionReading_unpartitioned" RENAME CONSTRAINT "ConsumptionReading_pkey" TO "ConsumptionReading_unpartitioned_pkey";
ALTER TABLE "ConsumptionHour" RENAME TO "ConsumptionHour_unpartitioned";
ALTER TABLE "ConsumptionHour_unpartitioned" RENAME CONSTRAINT "ConsumptionHour_pkey" TO "ConsumptionHour_unpartitioned_pkey";
ALTER INDEX "ConsumptionHour_hourStart_idx" RENAME TO "ConsumptionHour_unpartitioned_hourStart_idx";

-- The same columns, keys, checks and indexes as before (init, reading revisions, integrity
-- constraints, consumption_hour_rollup), on partitioned parents.
CREATE TABLE "ConsumptionReading" (
    "meteringPointId" UUID NOT NULL,
    "intervalStart" TIMESTAMPTZ(3) NOT NULL,
    "resolution" "Resolution" NOT NULL,
    "kwh" DECIMAL(12,4) NOT NULL,
    "quality" "ReadingQuality" NOT NULL DEFAULT 'MEASURED',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsumptionReading_pkey" PRIMARY KEY ("meteringPointId","intervalStart"),
    CONSTRAINT "ConsumptionReading_kwh_not_negative" CHECK ("kwh" >= 0),
    CONSTRAINT "ConsumptionReading_interval_aligned"
      CHECK (extract(epoch FROM "intervalStart") % (CASE "resolution" WHEN 'PT15M' THEN 900 ELSE 3600 END) = 0)
) PARTITION BY RANGE ("intervalStart");

ALTER TABLE "ConsumptionReading" ADD CONSTRAINT "ConsumptionReading_meteringPointId_fkey" FOREIGN KEY ("meteringPointId") REFERENCES "MeteringPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ConsumptionHour" (
    "meteringPointId" UUID NOT NULL,
    "hourStart" TIMESTAMPTZ(3) NOT NULL,
    "osloDate" DATE NOT NULL,
    "kwh" DECIMAL(14,4) NOT NULL,
    "quarters" SMALLINT NOT NULL,
    "spotCostOre" DECIMAL(24,10),
    "spotMeanOrePerKwh" DECIMAL(16,10),

    CONSTRAINT "ConsumptionHour_pkey" PRIMARY KEY ("meteringPointId","hourStart")
) PARTITION BY RANGE ("hourStart");

CREATE INDEX "ConsumptionHour_hourStart_idx" ON "ConsumptionHour"("hourStart");

ALTER TABLE "ConsumptionHour" ADD CONSTRAINT "ConsumptionHour_meteringPointId_fkey" FOREIGN KEY ("meteringPointId") REFERENCES "MeteringPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The months the stored readings need, then the rows, before any trigger exists on the new tables:
-- the rollup moves as it is (it is already correct) instead of being recomputed reading by reading.
SELECT consumption_ensure_months(min("intervalStart"), max("intervalStart") + interval '1 hour')
FROM "ConsumptionReading_unpartitioned";

INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh", "quality", "receivedAt")
SELECT "meteringPointId", "intervalStart", "resolution", "kwh", "quality", "receivedAt"
FROM "ConsumptionReading_unpartitioned";

INSERT INTO "ConsumptionHour" ("meteringPointId", "hourStart", "osloDate", "kwh", "quarters", "spotCostOre", "spotMeanOrePerKwh")
SELECT "meteringPointId", "hourStart", "osloDate", "kwh", "quarters", "spotCostOre", "spotMeanOrePerKwh"
FROM "ConsumptionHour_unpartitioned";

-- Their triggers go with them; the functions they ran name the tables and serve the new ones.
DROP TABLE "ConsumptionReading_unpartitioned";
DROP TABLE "ConsumptionHour_unpartitioned";

-- Every trigger the old table had (consumption_integrity_constraints_and_period_backfill,
-- consumption_hour_rollup), on the parent: statement triggers with transition tables see the rows of
-- every partition, and the row trigger is cloned onto each partition, present and future.
CREATE TRIGGER "ConsumptionReading_no_mixed_resolution"
  AFTER INSERT ON "ConsumptionReading"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_reading_no_mixed_resolution();

CREATE TRIGGER "ConsumptionReading_keep_revision"
  BEFORE UPDATE ON "ConsumptionReading"
  FOR EACH ROW EXECUTE FUNCTION consumption_reading_keep_revision();

CREATE TRIGGER "ConsumptionReading_rollup_insert"
  AFTER INSERT ON "ConsumptionReading" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_readings();
CREATE TRIGGER "ConsumptionReading_rollup_update"
  AFTER UPDATE ON "ConsumptionReading" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_readings();
CREATE TRIGGER "ConsumptionReading_rollup_delete"
  AFTER DELETE ON "ConsumptionReading" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_readings();

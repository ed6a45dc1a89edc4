-- Hand-written: SQL that prisma/schema.prisma cannot express.
-- Readings and prices: integrity as CHECK constraints and triggers, which PostgreSQL and PGlite both run
-- (an exclusion constraint on uuid equality would need btree_gist, which PGlite does not load by default).
-- Supply periods and Norgespris periods: backfilled from the contracts, with their own bounds.

-- Every reading and price starts on its own resolution's grid (Oslo's offsets are whole hours, so the
-- UTC epoch grid is Oslo's grid too) and metered energy is never negative.
ALTER TABLE "ConsumptionReading"
  ADD CONSTRAINT "ConsumptionReading_kwh_not_negative" CHECK ("kwh" >= 0),
  ADD CONSTRAINT "ConsumptionReading_interval_aligned"
    CHECK (extract(epoch FROM "intervalStart") % (CASE "resolution" WHEN 'PT15M' THEN 900 ELSE 3600 END) = 0);
ALTER TABLE "ConsumptionReadingRevision"
  ADD CONSTRAINT "ConsumptionReadingRevision_kwh_not_negative" CHECK ("kwh" >= 0);
ALTER TABLE "SpotPrice"
  ADD CONSTRAINT "SpotPrice_interval_aligned"
    CHECK (extract(epoch FROM "intervalStart") % (CASE "resolution" WHEN 'PT15M' THEN 900 ELSE 3600 END) = 0);

-- No PT1H value and PT15M value may cover the same time on one metering point. Checked once per
-- statement over the rows it inserted (a bulk import pays one join, not one query per row), under a
-- per-metering-point lock so that two concurrent imports cannot both slip through.
CREATE FUNCTION consumption_reading_no_mixed_resolution() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('ConsumptionReading:' || m."meteringPointId"::text))
  FROM (SELECT DISTINCT "meteringPointId" FROM new_rows ORDER BY 1) AS m;
  IF EXISTS (
    SELECT 1
    FROM new_rows n
    JOIN "ConsumptionReading" r
      ON r."meteringPointId" = n."meteringPointId"
     AND r."intervalStart" >= date_bin('1 hour', n."intervalStart", timestamptz '2000-01-01 00:00:00+00')
     AND r."intervalStart" < date_bin('1 hour', n."intervalStart", timestamptz '2000-01-01 00:00:00+00') + interval '1 hour'
     AND r."resolution" <> n."resolution"
  ) THEN
    RAISE EXCEPTION 'A PT1H and a PT15M reading overlap on one metering point'
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'ConsumptionReading_no_mixed_resolution';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ConsumptionReading_no_mixed_resolution"
  AFTER INSERT ON "ConsumptionReading"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_reading_no_mixed_resolution();

-- A reading keeps its interval and resolution for life; a changed value or quality is a revision: the
-- value it replaces is kept, with when it had arrived and when it was superseded.
CREATE FUNCTION consumption_reading_keep_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."meteringPointId" <> OLD."meteringPointId" OR NEW."intervalStart" <> OLD."intervalStart"
     OR NEW."resolution" <> OLD."resolution" THEN
    RAISE EXCEPTION 'A reading keeps its metering point, interval and resolution'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ConsumptionReading_interval_fixed';
  END IF;
  IF (NEW."kwh", NEW."quality") IS DISTINCT FROM (OLD."kwh", OLD."quality") THEN
    -- A writer that does not say when the new value arrived gets the time of this change.
    IF NEW."receivedAt" = OLD."receivedAt" THEN
      NEW."receivedAt" := now();
    END IF;
    INSERT INTO "ConsumptionReadingRevision"
      ("meteringPointId", "intervalStart", "resolution", "kwh", "quality", "receivedAt", "supersededAt")
    VALUES (OLD."meteringPointId", OLD."intervalStart", OLD."resolution", OLD."kwh", OLD."quality",
            OLD."receivedAt", NEW."receivedAt");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ConsumptionReading_keep_revision"
  BEFORE UPDATE ON "ConsumptionReading"
  FOR EACH ROW EXECUTE FUNCTION consumption_reading_keep_revision();

-- Periods are [fromDate, toDate) in Oslo calendar days; an open end is null.
ALTER TABLE "SupplyPeriod"
  ADD CONSTRAINT "SupplyPeriod_dates_ordered" CHECK ("toDate" IS NULL OR "toDate" > "fromDate");
ALTER TABLE "NorgesprisPeriod"
  ADD CONSTRAINT "NorgesprisPeriod_dates_ordered" CHECK ("toDate" IS NULL OR "toDate" > "fromDate"),
  -- Norgespris exists from delivery day 2025-10-01 (lov om Norgespris og strømstønad til husholdninger).
  ADD CONSTRAINT "NorgesprisPeriod_not_before_2025_10_01" CHECK ("fromDate" >= date '2025-10-01');
ALTER TABLE "MeteringPoint"
  ADD CONSTRAINT "MeteringPoint_municipality_number" CHECK ("municipalityNumber" ~ '^[0-9]{4}$');

-- One customer at a time on a metering point, and one Norgespris period at a time.
CREATE FUNCTION metering_point_periods_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  overlapping boolean;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_NAME || ':' || NEW."meteringPointId"::text));
  EXECUTE format(
    'SELECT EXISTS (SELECT 1 FROM %I p WHERE p."meteringPointId" = $1 AND p.id <> $2
       AND daterange(p."fromDate", p."toDate") && daterange($3, $4))', TG_TABLE_NAME)
    INTO overlapping USING NEW."meteringPointId", NEW.id, NEW."fromDate", NEW."toDate";
  IF overlapping THEN
    RAISE EXCEPTION '% periods overlap on one metering point', TG_TABLE_NAME
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = TG_TABLE_NAME || '_no_overlap';
  END IF;
  RETURN NEW;
END;
$$;

-- Backfill before the triggers exist: one supply period per customer and metering point, spanning
-- their contracts; Norgespris where a contract had the flag, never before 2025-10-01.
INSERT INTO "SupplyPeriod" ("id", "customerId", "meteringPointId", "fromDate", "toDate")
SELECT gen_random_uuid(), "customerId", "meteringPointId", min("startDate"),
       CASE WHEN bool_or("endDate" IS NULL) THEN NULL ELSE max("endDate") END
FROM "Contract"
GROUP BY "customerId", "meteringPointId";

INSERT INTO "NorgesprisPeriod" ("id", "meteringPointId", "fromDate")
SELECT gen_random_uuid(), "meteringPointId", greatest(min("startDate"), date '2025-10-01')
FROM "Contract"
WHERE "norgespris"
GROUP BY "meteringPointId";

CREATE TRIGGER "SupplyPeriod_no_overlap"
  BEFORE INSERT OR UPDATE ON "SupplyPeriod"
  FOR EACH ROW EXECUTE FUNCTION metering_point_periods_no_overlap();
CREATE TRIGGER "NorgesprisPeriod_no_overlap"
  BEFORE INSERT OR UPDATE ON "NorgesprisPeriod"
  FOR EACH ROW EXECUTE FUNCTION metering_point_periods_no_overlap();

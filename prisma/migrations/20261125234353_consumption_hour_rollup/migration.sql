-- CreateTable
CREATE TABLE "ConsumptionHour" (
    "meteringPointId" UUID NOT NULL,
    "hourStart" TIMESTAMPTZ(3) NOT NULL,
    "osloDate" DATE NOT NULL,
    "kwh" DECIMAL(14,4) NOT NULL,
    "quarters" SMALLINT NOT NULL,
    "spotCostOre" DECIMAL(24,10),
    "spotMeanOrePerKwh" DECIMAL(16,10),

    CONSTRAINT "ConsumptionHour_pkey" PRIMARY KEY ("meteringPointId","hourStart")
);

-- CreateIndex
CREATE INDEX "ConsumptionHour_hourStart_idx" ON "ConsumptionHour"("hourStart");

-- AddForeignKey
ALTER TABLE "ConsumptionHour" ADD CONSTRAINT "ConsumptionHour_meteringPointId_fkey" FOREIGN KEY ("meteringPointId") REFERENCES "MeteringPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: the rollup's upkeep, which prisma/schema.prisma cannot express. PostgreSQL and
-- PGlite both run it (plpgsql, statement triggers with transition tables; no extension).

-- Writers of a metering point's readings take one of 1,024 advisory locks per point, in order, so a
-- statement over every point (the retention job) holds at most 1,024 locks, not one per point.
CREATE FUNCTION consumption_reading_lock(points uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('ConsumptionReading'), b)
  FROM (SELECT DISTINCT hashtext(p::text) & 1023 AS b FROM unnest(points) AS p ORDER BY 1) AS buckets;
$$;

-- The same lock for the check that PT1H and PT15M readings never overlap.
CREATE OR REPLACE FUNCTION consumption_reading_no_mixed_resolution() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM consumption_reading_lock(array_agg(DISTINCT "meteringPointId")) FROM new_rows;
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

-- THE pairing of readings with prices in SQL, the one src/domain/pricing/cost.ts pairHourly() does in
-- plain code: a quarter reading takes its quarter's price, or the hour's price where prices are hourly;
-- an hourly reading takes the mean of its hour's prices (four quarters or one hourly price), none if
-- incomplete; `mean` is that hour mean. For the readings of each window (metering point, [lo, hi)), a
-- set of windows at a time; every step is an index lookup per reading (OFFSET 0 keeps a lateral
-- subquery from being flattened into a join), so the cost grows with the readings priced whatever the
-- planner guesses about the windows: a plan for ten windows run on a million must not scan a table per
-- reading. The Forbruk page's quarter view reads it too.
CREATE FUNCTION consumption_priced_readings(points uuid[], los timestamptz[], his timestamptz[])
RETURNS TABLE (point uuid, t timestamptz, resolution "Resolution", kwh numeric, price numeric, mean numeric)
LANGUAGE sql STABLE AS $$
  SELECT r."meteringPointId", r."intervalStart", r."resolution", r."kwh",
         CASE WHEN r."resolution" = 'PT1H' THEN hp.mean ELSE coalesce(q."priceOrePerKwh", hp.hourly) END,
         hp.mean
  FROM unnest(points, los, his) AS w(point, lo, hi)
  JOIN "MeteringPoint" m ON m.id = w.point
  CROSS JOIN LATERAL (
    SELECT * FROM "ConsumptionReading" c
    WHERE c."meteringPointId" = w.point AND c."intervalStart" >= w.lo AND c."intervalStart" < w.hi
    OFFSET 0
  ) AS r
  CROSS JOIN LATERAL (
    SELECT CASE WHEN (count(*) = 1 AND bool_and(sp."resolution" = 'PT1H'))
                  OR (count(*) = 4 AND bool_and(sp."resolution" = 'PT15M')) THEN avg(sp."priceOrePerKwh") END AS mean,
           CASE WHEN count(*) = 1 AND bool_and(sp."resolution" = 'PT1H') THEN min(sp."priceOrePerKwh") END AS hourly
    FROM "SpotPrice" sp
    WHERE sp."priceArea" = m."priceArea"
      AND sp."intervalStart" >= date_bin('1 hour', r."intervalStart", timestamptz '2000-01-01 00:00:00+00')
      AND sp."intervalStart" < date_bin('1 hour', r."intervalStart", timestamptz '2000-01-01 00:00:00+00') + interval '1 hour'
  ) AS hp
  LEFT JOIN LATERAL (
    SELECT q."priceOrePerKwh" FROM "SpotPrice" q
    WHERE r."resolution" = 'PT15M' AND q."resolution" = 'PT15M'
      AND q."priceArea" = m."priceArea" AND q."intervalStart" = r."intervalStart"
    OFFSET 0
  ) AS q ON true
$$;

-- Recomputes the rollup rows of the given (metering point, hour) pairs from the readings and prices as
-- they are now: an hour without readings has no row. Recomputing (not adding deltas) keeps the rollup
-- equal to the plain pairing whatever changed: a value, a price, a deleted reading. Only after a delete
-- can an hour have lost all its readings: `deleted` says to look for such hours.
-- Planned for each call's own arrays (a cached generic plan guesses ten rows for any array), without
-- JIT (compiling a bulk import's plan costs about a second and saves less).
CREATE FUNCTION consumption_hour_refresh(points uuid[], hours timestamptz[], deleted boolean)
RETURNS void LANGUAGE plpgsql SET jit = off SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  ps uuid[];
  hs timestamptz[];
  ends timestamptz[];
BEGIN
  SELECT array_agg(point), array_agg(hour), array_agg(hour + interval '1 hour') INTO ps, hs, ends
  FROM (SELECT DISTINCT point, hour FROM unnest(points, hours) AS k(point, hour)) AS k;
  IF ps IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO "ConsumptionHour" AS h
    ("meteringPointId", "hourStart", "osloDate", "kwh", "quarters", "spotCostOre", "spotMeanOrePerKwh")
  SELECT r.point, date_bin('1 hour', r.t, timestamptz '2000-01-01 00:00:00+00') AS hour,
         (date_bin('1 hour', r.t, timestamptz '2000-01-01 00:00:00+00') AT TIME ZONE 'Europe/Oslo')::date,
         sum(r.kwh), sum(CASE WHEN r.resolution = 'PT15M' THEN 1 ELSE 4 END),
         CASE WHEN bool_and(r.price IS NOT NULL) THEN sum(r.kwh * r.price) END,
         min(r.mean)
  FROM consumption_priced_readings(ps, hs, ends) AS r
  GROUP BY 1, 2
  ON CONFLICT ("meteringPointId", "hourStart") DO UPDATE
    SET "kwh" = EXCLUDED."kwh", "quarters" = EXCLUDED."quarters", "spotCostOre" = EXCLUDED."spotCostOre",
        "spotMeanOrePerKwh" = EXCLUDED."spotMeanOrePerKwh";
  IF NOT deleted THEN
    RETURN;
  END IF;
  DELETE FROM "ConsumptionHour" AS h
  USING unnest(ps, hs) AS k(point, hour)
  WHERE h."meteringPointId" = k.point AND h."hourStart" = k.hour
    AND NOT EXISTS (
      SELECT 1 FROM "ConsumptionReading" r
      WHERE r."meteringPointId" = k.point AND r."intervalStart" >= k.hour
        AND r."intervalStart" < k.hour + interval '1 hour');
END;
$$;

-- Readings inserted, revised or deleted (by the import, erasure, retention or a metering point's
-- deletion): their hours are recomputed in the same statement. Under the readings' lock, taken before
-- reading them again, so two transactions writing one hour cannot leave it with only one's values.
CREATE FUNCTION consumption_hour_after_readings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM consumption_reading_lock(array_agg(DISTINCT "meteringPointId")) FROM changed_rows;
  PERFORM consumption_hour_refresh(array_agg(k.point), array_agg(k.hour), TG_OP = 'DELETE')
  FROM (
    SELECT DISTINCT "meteringPointId" AS point,
           date_bin('1 hour', "intervalStart", timestamptz '2000-01-01 00:00:00+00') AS hour
    FROM changed_rows
  ) AS k;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ConsumptionReading_rollup_insert"
  AFTER INSERT ON "ConsumptionReading" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_readings();
-- A reading keeps its metering point and interval (ConsumptionReading_keep_revision): the new rows name
-- the same hours as the old.
CREATE TRIGGER "ConsumptionReading_rollup_update"
  AFTER UPDATE ON "ConsumptionReading" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_readings();
CREATE TRIGGER "ConsumptionReading_rollup_delete"
  AFTER DELETE ON "ConsumptionReading" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_readings();

-- A price that arrives after the readings, or is corrected: the hours with readings in its area are
-- recomputed. (A price's area and interval are its key; the import only ever changes its value.)
CREATE FUNCTION consumption_hour_after_prices() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  points uuid[];
  hours timestamptz[];
BEGIN
  SELECT array_agg(h."meteringPointId"), array_agg(h."hourStart") INTO points, hours
  FROM (
    SELECT DISTINCT "priceArea" AS area,
           date_bin('1 hour', "intervalStart", timestamptz '2000-01-01 00:00:00+00') AS hour
    FROM changed_rows
  ) AS c
  JOIN "ConsumptionHour" h ON h."hourStart" = c.hour
  JOIN "MeteringPoint" m ON m.id = h."meteringPointId" AND m."priceArea" = c.area;
  IF points IS NOT NULL THEN
    PERFORM consumption_reading_lock(points);
    PERFORM consumption_hour_refresh(points, hours, false);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SpotPrice_rollup_insert"
  AFTER INSERT ON "SpotPrice" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_prices();
CREATE TRIGGER "SpotPrice_rollup_update"
  AFTER UPDATE ON "SpotPrice" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_prices();
CREATE TRIGGER "SpotPrice_rollup_delete"
  AFTER DELETE ON "SpotPrice" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION consumption_hour_after_prices();

-- A metering point moved to another price area: all its hours are priced again.
CREATE FUNCTION consumption_hour_after_price_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM consumption_reading_lock(ARRAY[NEW.id]);
  PERFORM consumption_hour_refresh(array_agg("meteringPointId"), array_agg("hourStart"), false)
  FROM "ConsumptionHour" WHERE "meteringPointId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "MeteringPoint_rollup_price_area"
  AFTER UPDATE OF "priceArea" ON "MeteringPoint"
  FOR EACH ROW WHEN (OLD."priceArea" IS DISTINCT FROM NEW."priceArea")
  EXECUTE FUNCTION consumption_hour_after_price_area();

-- The readings already stored.
SELECT consumption_hour_refresh(array_agg(point), array_agg(hour), false)
FROM (
  SELECT DISTINCT "meteringPointId" AS point,
         date_bin('1 hour', "intervalStart", timestamptz '2000-01-01 00:00:00+00') AS hour
  FROM "ConsumptionReading"
) AS k;

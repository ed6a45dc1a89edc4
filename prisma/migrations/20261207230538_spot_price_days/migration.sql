-- CreateTable
CREATE TABLE "SpotPriceDay" (
    "priceArea" "PriceArea" NOT NULL,
    "osloDate" DATE NOT NULL,
    "sumOrePerKwh" DECIMAL(16,4) NOT NULL,
    "intervals" SMALLINT NOT NULL,

    CONSTRAINT "SpotPriceDay_pkey" PRIMARY KEY ("priceArea","osloDate")
);

-- Hand-written below: the rollup's upkeep, which prisma/schema.prisma cannot express. PostgreSQL and
-- PGlite both run it (plpgsql, statement triggers with transition tables; no extension).

-- Recomputes the given (area, Oslo date) days from the prices as they are now: a day without prices has
-- no row. Recomputing (not adding deltas) keeps the rollup equal to the raw rows whatever changed. Under
-- one of 1,024 advisory locks per day, taken in order before reading the prices, so two transactions
-- writing one day's prices cannot leave it with only one's. Planned for each call's own arrays, without
-- JIT (as consumption_hour_refresh).
CREATE FUNCTION spot_price_day_refresh(areas "PriceArea"[], days date[], deleted boolean)
RETURNS void LANGUAGE plpgsql SET jit = off SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('SpotPriceDay'), b)
  FROM (SELECT DISTINCT hashtext(a::text || d::text) & 1023 AS b FROM unnest(areas, days) AS k(a, d) ORDER BY 1) AS locks;
  INSERT INTO "SpotPriceDay" ("priceArea", "osloDate", "sumOrePerKwh", "intervals")
  SELECT k.a, k.d, sum(sp."priceOrePerKwh"), count(*)
  FROM (SELECT DISTINCT a, d FROM unnest(areas, days) AS k(a, d)) AS k
  JOIN "SpotPrice" sp
    ON sp."priceArea" = k.a
   AND sp."intervalStart" >= k.d::timestamp AT TIME ZONE 'Europe/Oslo'
   AND sp."intervalStart" < (k.d + 1)::timestamp AT TIME ZONE 'Europe/Oslo'
  GROUP BY 1, 2
  ON CONFLICT ("priceArea", "osloDate") DO UPDATE
    SET "sumOrePerKwh" = EXCLUDED."sumOrePerKwh", "intervals" = EXCLUDED."intervals";
  IF NOT deleted THEN
    RETURN;
  END IF;
  DELETE FROM "SpotPriceDay" AS s
  USING unnest(areas, days) AS k(a, d)
  WHERE s."priceArea" = k.a AND s."osloDate" = k.d
    AND NOT EXISTS (
      SELECT 1 FROM "SpotPrice" sp
      WHERE sp."priceArea" = k.a
        AND sp."intervalStart" >= k.d::timestamp AT TIME ZONE 'Europe/Oslo'
        AND sp."intervalStart" < (k.d + 1)::timestamp AT TIME ZONE 'Europe/Oslo');
END;
$$;

-- Prices inserted, corrected or deleted: their days are recomputed in the same statement. (A price's
-- area and interval are its key; the import only ever changes its value, so an update's new rows name
-- the same days as the old.)
CREATE FUNCTION spot_price_day_after_prices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spot_price_day_refresh(array_agg(k.area), array_agg(k.day), TG_OP = 'DELETE')
  FROM (
    SELECT DISTINCT "priceArea" AS area, ("intervalStart" AT TIME ZONE 'Europe/Oslo')::date AS day
    FROM changed_rows
  ) AS k;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SpotPrice_day_insert"
  AFTER INSERT ON "SpotPrice" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spot_price_day_after_prices();
CREATE TRIGGER "SpotPrice_day_update"
  AFTER UPDATE ON "SpotPrice" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spot_price_day_after_prices();
CREATE TRIGGER "SpotPrice_day_delete"
  AFTER DELETE ON "SpotPrice" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spot_price_day_after_prices();

-- The prices already stored.
INSERT INTO "SpotPriceDay" ("priceArea", "osloDate", "sumOrePerKwh", "intervals")
SELECT "priceArea", ("intervalStart" AT TIME ZONE 'Europe/Oslo')::date, sum("priceOrePerKwh"), count(*)
FROM "SpotPrice"
GROUP BY 1, 2;

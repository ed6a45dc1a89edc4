-- The day rollup's refresh reads each (area, Oslo day) through the price index, one day at a time.
-- Written as a join, a refresh of many days (a backfill, the demo seed, a year's import) was planned as a
-- merge join on the area alone with the day's range as a filter: every day's rows compared with every
-- price of its area, 64 million comparisons and a minute for one year of one area's prices. A LATERAL
-- aggregate cannot be flattened into a join, so each day is its own index range scan whatever the
-- statistics say (after a TRUNCATE, or before the first ANALYZE).
CREATE OR REPLACE FUNCTION spot_price_day_refresh(areas "PriceArea"[], days date[], deleted boolean)
RETURNS void LANGUAGE plpgsql SET jit = off SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('SpotPriceDay'), b)
  FROM (SELECT DISTINCT hashtext(a::text || d::text) & 1023 AS b FROM unnest(areas, days) AS k(a, d) ORDER BY 1) AS locks;
  INSERT INTO "SpotPriceDay" ("priceArea", "osloDate", "sumOrePerKwh", "intervals")
  SELECT k.a, k.d, day.total, day.n
  FROM (SELECT DISTINCT a, d FROM unnest(areas, days) AS k(a, d)) AS k
  CROSS JOIN LATERAL (
    SELECT sum(sp."priceOrePerKwh") AS total, count(*) AS n
    FROM "SpotPrice" sp
    WHERE sp."priceArea" = k.a
      AND sp."intervalStart" >= k.d::timestamp AT TIME ZONE 'Europe/Oslo'
      AND sp."intervalStart" < (k.d + 1)::timestamp AT TIME ZONE 'Europe/Oslo'
  ) AS day
  WHERE day.n > 0
  ON CONFLICT ("priceArea", "osloDate") DO UPDATE
    SET "sumOrePerKwh" = EXCLUDED."sumOrePerKwh", "intervals" = EXCLUDED."intervals";
  IF NOT deleted THEN
    RETURN;
  END IF;
  DELETE FROM "SpotPriceDay" AS s
  USING (SELECT DISTINCT a, d FROM unnest(areas, days) AS k(a, d)) AS k
  WHERE s."priceArea" = k.a AND s."osloDate" = k.d
    AND NOT EXISTS (
      SELECT 1 FROM "SpotPrice" sp
      WHERE sp."priceArea" = k.a
        AND sp."intervalStart" >= k.d::timestamp AT TIME ZONE 'Europe/Oslo'
        AND sp."intervalStart" < (k.d + 1)::timestamp AT TIME ZONE 'Europe/Oslo');
END;
$$;

import "server-only";
// Consumption and the area's spot prices per Oslo bucket, aggregated in SQL. Buckets are Oslo's (days
// from the rollup's Oslo date; hours and quarters on the UTC grid, which Oslo's whole-hour offsets share).
import { Prisma } from "@/generated/prisma/client";
import type { ViewResolution } from "../domain/view";
import { ownHours, ownPricedReadings, type Sql, type UsageScope } from "./own-usage-sql";

export interface UsageBucket {
  start: Date;
  kwh: string;
  /** Σ kWh × own spot price, øre; null if any interval lacks a price. */
  spotCostOre: string | null;
  /** Hours of the bucket that have readings (quarters count a quarter each). */
  coveredHours: number;
}

/** Oslo buckets of the rollup's hours: an hour's own start, or its Oslo date's day, month or year. */
const HOUR_BUCKET: Record<Exclude<ViewResolution, "kvarter"> | "ar", Prisma.Sql> = {
  time: Prisma.sql`t`,
  dag: Prisma.sql`d::timestamp AT TIME ZONE 'Europe/Oslo'`,
  maned: Prisma.sql`date_trunc('month', d::timestamp) AT TIME ZONE 'Europe/Oslo'`,
  ar: Prisma.sql`date_trunc('year', d::timestamp) AT TIME ZONE 'Europe/Oslo'`,
};

/**
 * kWh per Oslo bucket. At quarter resolution an hourly reading stays one hour long (it is not split
 * into made-up quarters): its bucket starts on the hour.
 */
export async function usageBuckets(
  sql: Sql,
  scope: UsageScope,
  resolution: ViewResolution | "ar",
): Promise<UsageBucket[]> {
  const rows = await sql.$queryRaw<
    { start: Date; kwh: string; spotCostOre: string | null; coveredQuarters: bigint }[]
  >(
    resolution === "kvarter"
      ? Prisma.sql`
          WITH r AS (${ownPricedReadings(scope)})
          SELECT t AS start, sum(kwh)::text AS kwh,
                 CASE WHEN bool_and(price IS NOT NULL) THEN sum(kwh * price)::text END AS "spotCostOre",
                 sum(CASE WHEN "resolution" = 'PT15M' THEN 1 ELSE 4 END)::bigint AS "coveredQuarters"
          FROM r GROUP BY 1 ORDER BY 1`
      : Prisma.sql`
          WITH h AS (${ownHours(scope)})
          SELECT ${HOUR_BUCKET[resolution]} AS start, sum(kwh)::text AS kwh,
                 CASE WHEN bool_and(cost IS NOT NULL) THEN sum(cost)::text END AS "spotCostOre",
                 sum(quarters)::bigint AS "coveredQuarters"
          FROM h GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((row) => ({
    start: row.start,
    kwh: row.kwh,
    spotCostOre: row.spotCostOre,
    coveredHours: Number(row.coveredQuarters) / 4,
  }));
}

/**
 * The area's mean spot price per bucket (øre/kWh excl. VAT): market data, not the customer's. The mean
 * over the bucket's prices as stored (hourly and quarter-hourly mixed), rounded to 4 decimals. Days and
 * months read the SpotPriceDay rollup (Σ sum / Σ intervals is that same mean); `from` and `to` are Oslo
 * midnights there, as every caller's are.
 */
export async function priceBuckets(
  sql: Sql,
  scope: Pick<UsageScope, "meteringPointId" | "from" | "to">,
  resolution: ViewResolution,
): Promise<{ start: Date; meanOrePerKwh: string }[]> {
  if (resolution === "dag" || resolution === "maned") return dayPriceBuckets(sql, scope, resolution);
  const bucket =
    resolution === "kvarter"
      ? Prisma.sql`t`
      : Prisma.sql`date_bin('1 hour', t, timestamptz '2000-01-01 00:00:00+00')`;
  return sql.$queryRaw`
    WITH p AS (
      SELECT sp."intervalStart" AS t, sp."priceOrePerKwh" AS price
      FROM "SpotPrice" sp
      JOIN "MeteringPoint" m ON m."priceArea" = sp."priceArea" AND m.id = ${scope.meteringPointId}::uuid
      WHERE sp."intervalStart" >= ${scope.from}::timestamptz AND sp."intervalStart" < ${scope.to}::timestamptz
    )
    SELECT ${bucket} AS start, round(avg(price), 4)::text AS "meanOrePerKwh"
    FROM p GROUP BY 1 ORDER BY 1`;
}

/** Day and month means from the rollup: the same division avg() does, over the same sum and count. */
function dayPriceBuckets(
  sql: Sql,
  scope: Pick<UsageScope, "meteringPointId" | "from" | "to">,
  resolution: "dag" | "maned",
): Promise<{ start: Date; meanOrePerKwh: string }[]> {
  const bucket =
    resolution === "dag"
      ? Prisma.sql`d::timestamp AT TIME ZONE 'Europe/Oslo'`
      : Prisma.sql`date_trunc('month', d::timestamp) AT TIME ZONE 'Europe/Oslo'`;
  return sql.$queryRaw`
    WITH p AS (
      SELECT pd."osloDate" AS d, pd."sumOrePerKwh" AS total, pd."intervals" AS n
      FROM "SpotPriceDay" pd
      JOIN "MeteringPoint" m ON m."priceArea" = pd."priceArea" AND m.id = ${scope.meteringPointId}::uuid
      WHERE pd."osloDate" >= (${scope.from}::timestamptz AT TIME ZONE 'Europe/Oslo')::date
        AND pd."osloDate" < (${scope.to}::timestamptz AT TIME ZONE 'Europe/Oslo')::date
    )
    SELECT ${bucket} AS start, round(sum(total) / sum(n)::numeric, 4)::text AS "meanOrePerKwh"
    FROM p GROUP BY 1 ORDER BY 1`;
}

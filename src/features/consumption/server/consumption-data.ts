import "server-only";
import {
  type ContractTerms,
  type CostSummary,
  costByMonth,
  type DatePeriod,
  fromDbDates,
  type HourUsage,
  intersect,
} from "@/features/pricing";
import { Prisma, type UsageType } from "@/generated/prisma/client";
import { monthStart, osloMidnight } from "@/platform/time/oslo-calendar";
// Consumption aggregated in SQL, always bounded by the asking customer's own supply periods on the
// metering point: a reading outside them (a previous or later tenant's) never leaves the database.
// Hours, days, months and years read the rollup ConsumptionHour (one row per metering point and hour,
// each interval already paired with its own price; kept by triggers, see its migration); quarters read
// the readings through consumption_priced_readings(), the same pairing. Buckets are Oslo's (days from the
// rollup's Oslo date; hours and quarters on the UTC grid, which Oslo's whole-hour offsets share).
// tests/integration/consumption-data.test.ts holds both equal to src/features/pricing/domain/intervals.ts pairHourly().
import type { ViewResolution } from "../domain/view";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw">;

/** [from, to) on the hour grid: callers pass Oslo midnights (osloMidnight), as supply periods are dates. */
export interface UsageScope {
  customerId: string;
  meteringPointId: string;
  from: Date;
  to: Date;
}

/** The customer's supply periods on the point, each cut to [from, to) as instants lo, hi. */
function supplyWindows(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    FROM "SupplyPeriod" s
    CROSS JOIN LATERAL (
      SELECT greatest(s."fromDate"::timestamp AT TIME ZONE 'Europe/Oslo', ${scope.from}::timestamptz) AS lo,
             least(coalesce(s."toDate"::timestamp AT TIME ZONE 'Europe/Oslo', 'infinity'::timestamptz),
                   ${scope.to}::timestamptz) AS hi
    ) w`;
}

function ownSupply(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`s."customerId" = ${scope.customerId}::uuid AND s."meteringPointId" = ${scope.meteringPointId}::uuid`;
}

/** The customer's hours of the rollup within [from, to) and their supply periods. */
function ownHours(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT h."hourStart" AS t, h."osloDate" AS d, h."kwh", h."quarters",
           h."spotCostOre" AS cost, h."spotMeanOrePerKwh" AS mean
    ${supplyWindows(scope)}
    JOIN "ConsumptionHour" h
      ON h."meteringPointId" = s."meteringPointId" AND h."hourStart" >= w.lo AND h."hourStart" < w.hi
    WHERE ${ownSupply(scope)}`;
}

/** The customer's readings within [from, to) and their supply periods, each with its own price. */
function ownPricedReadings(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT r.t, r."resolution", r."kwh", r."price"
    FROM (
      SELECT array_agg(s."meteringPointId") AS points, array_agg(w.lo) AS los, array_agg(w.hi) AS his
      ${supplyWindows(scope)}
      WHERE ${ownSupply(scope)} AND w.lo < w.hi
    ) a
    CROSS JOIN LATERAL consumption_priced_readings(a.points, a.los, a.his) r`;
}

/**
 * Hour by hour: kWh, Σ kWh × own price, and the hour's mean price — the cost function's input. A year
 * is 8,760 hours: they come as one JSON text (epoch ms and decimal strings), since decoding that many
 * rows one by one cost more CPU than the query itself.
 */
export async function hourlyUsage(sql: Sql, scope: UsageScope): Promise<HourUsage[]> {
  const [row] = await sql.$queryRaw<{ hours: string }[]>`
    WITH h AS (${ownHours(scope)})
    SELECT coalesce(
             json_agg(json_build_array((extract(epoch FROM t) * 1000)::bigint, kwh::text, cost::text, mean::text)
                      ORDER BY t),
             '[]')::text AS hours
    FROM h`;
  const hours = JSON.parse(row?.hours ?? "[]") as [number, string, string | null, string | null][];
  return hours.map(([ms, kwh, spotCostOre, spotMeanOrePerKwh]) => ({
    start: new Date(ms),
    kwh,
    spotCostOre,
    spotMeanOrePerKwh,
  }));
}

/** The customer's total kWh on the point in each of the windows and their supply: no prices needed. */
export async function usageTotals(
  sql: Sql,
  scope: Omit<UsageScope, "from" | "to">,
  windows: readonly Pick<UsageScope, "from" | "to">[],
): Promise<string[]> {
  if (windows.length === 0) return [];
  const sums = windows.map(
    (w, i) =>
      Prisma.sql`(WITH h AS (${ownHours({ ...scope, ...w })}) SELECT sum(kwh) FROM h)::text AS ${Prisma.raw(`"w${i}"`)}`,
  );
  const [row] = await sql.$queryRaw<Record<string, string | null>[]>`SELECT ${Prisma.join(sums)}`;
  return windows.map((_, i) => row?.[`w${i}`] ?? "0");
}

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

/** The area's mean spot price per bucket (øre/kWh excl. VAT): market data, not the customer's. */
export async function priceBuckets(
  sql: Sql,
  scope: Pick<UsageScope, "meteringPointId" | "from" | "to">,
  resolution: ViewResolution,
): Promise<{ start: Date; meanOrePerKwh: string }[]> {
  const bucket = {
    kvarter: Prisma.sql`t`,
    time: Prisma.sql`date_bin('1 hour', t, timestamptz '2000-01-01 00:00:00+00')`,
    dag: Prisma.sql`date_trunc('day', t, 'Europe/Oslo')`,
    maned: Prisma.sql`date_trunc('month', t, 'Europe/Oslo')`,
  }[resolution];
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

export interface PricingInputs {
  meteringPoint: {
    id: string;
    gsrn: string;
    priceArea: string;
    usageType: UsageType;
    municipalityNumber: string | null;
  };
  /** The customer's own supply periods on the point, oldest first. */
  supply: DatePeriod[];
  contracts: ContractTerms[];
  norgespris: DatePeriod[];
}

/** One of the customer's metering points as the Forbruk page lists it. */
export interface OwnMeteringPoint {
  id: string;
  gsrn: string;
  address: string;
}

/**
 * The customer's metering points (those with a supply period of theirs, newest supply first), each with
 * what the cost function needs about it: one query for the whole page, not one per question.
 */
export async function ownPointsWithPricing(
  sql: Pick<Prisma.TransactionClient, "supplyPeriod">,
  customerId: string,
): Promise<{ point: OwnMeteringPoint; inputs: PricingInputs }[]> {
  const periods = await sql.supplyPeriod.findMany({
    where: { customerId },
    orderBy: { fromDate: "desc" },
    select: {
      fromDate: true,
      toDate: true,
      meteringPoint: {
        select: {
          id: true,
          gsrn: true,
          street: true,
          postalCode: true,
          city: true,
          priceArea: true,
          usageType: true,
          municipalityNumber: true,
          norgesprisPeriods: { orderBy: { fromDate: "asc" }, select: { fromDate: true, toDate: true } },
          contracts: {
            // Every status: a contract's dates say which days its terms price, even before the daily
            // status job has activated one that starts today.
            where: { customerId },
            orderBy: { startDate: "asc" },
            select: {
              product: true,
              markupOrePerKwh: true,
              monthlyFeeOre: true,
              fixedPriceOrePerKwh: true,
              startDate: true,
              endDate: true,
            },
          },
        },
      },
    },
  });
  const found = new Map<string, { point: OwnMeteringPoint; inputs: PricingInputs }>();
  for (const { meteringPoint: p } of periods) {
    if (found.has(p.id)) continue;
    found.set(p.id, {
      point: { id: p.id, gsrn: p.gsrn, address: `${p.street}, ${p.postalCode} ${p.city}` },
      inputs: {
        meteringPoint: {
          id: p.id,
          gsrn: p.gsrn,
          priceArea: p.priceArea,
          usageType: p.usageType,
          municipalityNumber: p.municipalityNumber,
        },
        supply: periods
          .filter((s) => s.meteringPoint.id === p.id)
          .reverse()
          .map(fromDbDates),
        norgespris: p.norgesprisPeriods.map(fromDbDates),
        contracts: p.contracts.map((c) => ({
          ...fromDbDates({ fromDate: c.startDate, toDate: c.endDate }),
          product: c.product,
          markupOrePerKwh: c.markupOrePerKwh.toString(),
          monthlyFeeOre: c.monthlyFeeOre,
          fixedPriceOrePerKwh: c.fixedPriceOrePerKwh?.toString() ?? null,
        })),
      },
    });
  }
  return [...found.values()];
}

/**
 * What the cost function needs about one of the customer's metering points, or null when the customer
 * has never been supplied on it (the caller answers 404: another customer's point does not exist here).
 */
export async function pricingInputs(
  sql: Pick<Prisma.TransactionClient, "supplyPeriod">,
  customerId: string,
  meteringPointId: string,
): Promise<PricingInputs | null> {
  const own = await ownPointsWithPricing(sql, customerId);
  return own.find((o) => o.point.id === meteringPointId)?.inputs ?? null;
}

/** The contracts cut to the customer's supply periods: a fee is owed only for days of supply. */
export function supplyContracts(inputs: PricingInputs): ContractTerms[] {
  return inputs.contracts.flatMap((c) =>
    inputs.supply.flatMap((s) => {
      const overlap = intersect(c, s);
      return overlap ? [{ ...c, ...overlap }] : [];
    }),
  );
}

/** Priced [from, to) Oslo dates of the customer's own supply on the point, month by month. */
export async function costOfPeriod(
  sql: Sql,
  customerId: string,
  inputs: PricingInputs,
  from: string,
  to: string,
): Promise<CostSummary> {
  // Hours from the first month's start count toward the monthly caps, even before `from`.
  const hours = await hourlyUsage(sql, {
    customerId,
    meteringPointId: inputs.meteringPoint.id,
    from: osloMidnight(monthStart(from)),
    to: osloMidnight(to),
  });
  return costByMonth(hours, {
    contracts: supplyContracts(inputs),
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    norgespris: inputs.norgespris,
    from,
    to,
  });
}

import "server-only";
// Consumption aggregated in SQL, always bounded by the asking customer's own supply periods on the
// metering point: a reading outside them (a previous or later tenant's) never leaves the database.
// Buckets are Oslo's (date_trunc in Europe/Oslo; hours and quarters on the UTC grid, which Oslo's
// whole-hour offsets share). Pricing pairs each interval with its own price, as src/domain/pricing/cost.ts
// pairHourly() does in plain code: tests/integration/consumption-data.test.ts holds the two equal.
import type { ViewResolution } from "@/domain/consumption/view";
import { monthStart, osloMidnight } from "@/domain/oslo-calendar";
import { type ContractTerms, type CostSummary, costByMonth, type HourUsage } from "@/domain/pricing/cost";
import { type DatePeriod, fromDbDates, intersect } from "@/domain/pricing/periods";
import { Prisma, type UsageType } from "@/generated/prisma/client";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface UsageScope {
  customerId: string;
  meteringPointId: string;
  from: Date;
  to: Date;
}

const EPOCH = Prisma.sql`timestamptz '2000-01-01 00:00:00+00'`;

/** The customer's readings on the metering point within [from, to) and their supply periods. */
function ownReadings(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT r."intervalStart" AS t, r."resolution", r."kwh"
    FROM "SupplyPeriod" s
    CROSS JOIN LATERAL (
      SELECT greatest(s."fromDate"::timestamp AT TIME ZONE 'Europe/Oslo', ${scope.from}::timestamptz) AS lo,
             least(coalesce(s."toDate"::timestamp AT TIME ZONE 'Europe/Oslo', 'infinity'::timestamptz),
                   ${scope.to}::timestamptz) AS hi
    ) w
    JOIN "ConsumptionReading" r
      ON r."meteringPointId" = s."meteringPointId" AND r."intervalStart" >= w.lo AND r."intervalStart" < w.hi
    WHERE s."customerId" = ${scope.customerId}::uuid AND s."meteringPointId" = ${scope.meteringPointId}::uuid`;
}

/** The metering point's area prices over [from, to), and per UTC hour their mean when complete. */
function priceCtes(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    p AS (
      SELECT sp."intervalStart" AS t, sp."resolution", sp."priceOrePerKwh" AS price
      FROM "SpotPrice" sp
      JOIN "MeteringPoint" m ON m."priceArea" = sp."priceArea" AND m.id = ${scope.meteringPointId}::uuid
      WHERE sp."intervalStart" >= ${scope.from}::timestamptz - interval '1 hour'
        AND sp."intervalStart" < ${scope.to}::timestamptz + interval '1 hour'
    ),
    hp AS (
      SELECT date_bin('1 hour', t, ${EPOCH}) AS h,
             CASE WHEN (count(*) = 1 AND bool_and("resolution" = 'PT1H'))
                    OR (count(*) = 4 AND bool_and("resolution" = 'PT15M')) THEN avg(price) END AS mean,
             CASE WHEN count(*) = 1 AND bool_and("resolution" = 'PT1H') THEN min(price) END AS hourly
      FROM p GROUP BY 1
    ),
    priced AS (
      SELECT r.t, r."resolution", r.kwh, hp.mean,
             CASE WHEN r."resolution" = 'PT1H' THEN hp.mean ELSE coalesce(q.price, hp.hourly) END AS price
      FROM r
      LEFT JOIN hp ON hp.h = date_bin('1 hour', r.t, ${EPOCH})
      LEFT JOIN p q ON r."resolution" = 'PT15M' AND q."resolution" = 'PT15M' AND q.t = r.t
    )`;
}

/** Hour by hour: kWh, Σ kWh × own price, and the hour's mean price — the cost function's input. */
export async function hourlyUsage(sql: Sql, scope: UsageScope): Promise<HourUsage[]> {
  const rows = await sql.$queryRaw<
    { start: Date; kwh: string; spotCostOre: string | null; spotMeanOrePerKwh: string | null }[]
  >`
    WITH r AS (${ownReadings(scope)}), ${priceCtes(scope)}
    SELECT date_bin('1 hour', t, ${EPOCH}) AS start,
           sum(kwh)::text AS kwh,
           CASE WHEN bool_and(price IS NOT NULL) THEN sum(kwh * price)::text END AS "spotCostOre",
           min(mean)::text AS "spotMeanOrePerKwh"
    FROM priced
    GROUP BY 1
    ORDER BY 1`;
  return rows;
}

/** The customer's total kWh on the point within [from, to) and their supply: no prices needed. */
export async function usageTotal(sql: Sql, scope: UsageScope): Promise<string> {
  const [row] = await sql.$queryRaw<{ kwh: string | null }[]>`
    WITH r AS (${ownReadings(scope)}) SELECT sum(kwh)::text AS kwh FROM r`;
  return row?.kwh ?? "0";
}

export interface UsageBucket {
  start: Date;
  kwh: string;
  /** Σ kWh × own spot price, øre; null if any interval lacks a price. */
  spotCostOre: string | null;
  /** Hours of the bucket that have readings (quarters count a quarter each). */
  coveredHours: number;
}

const BUCKET: Record<ViewResolution, Prisma.Sql> = {
  kvarter: Prisma.sql`t`,
  time: Prisma.sql`date_bin('1 hour', t, ${EPOCH})`,
  dag: Prisma.sql`date_trunc('day', t, 'Europe/Oslo')`,
  maned: Prisma.sql`date_trunc('month', t, 'Europe/Oslo')`,
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
  const bucket = resolution === "ar" ? Prisma.sql`date_trunc('year', t, 'Europe/Oslo')` : BUCKET[resolution];
  const rows = await sql.$queryRaw<
    { start: Date; kwh: string; spotCostOre: string | null; coveredQuarters: bigint }[]
  >`
    WITH r AS (${ownReadings(scope)}), ${priceCtes(scope)}
    SELECT ${bucket} AS start,
           sum(kwh)::text AS kwh,
           CASE WHEN bool_and(price IS NOT NULL) THEN sum(kwh * price)::text END AS "spotCostOre",
           sum(CASE WHEN "resolution" = 'PT15M' THEN 1 ELSE 4 END)::bigint AS "coveredQuarters"
    FROM priced
    GROUP BY 1
    ORDER BY 1`;
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
  const bucket = resolution === "kvarter" ? Prisma.sql`t` : BUCKET[resolution];
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

/**
 * What the cost function needs about one of the customer's metering points, or null when the customer
 * has never been supplied on it (the caller answers 404: another customer's point does not exist here).
 */
export async function pricingInputs(
  sql: Pick<Prisma.TransactionClient, "supplyPeriod" | "contract" | "meteringPoint">,
  customerId: string,
  meteringPointId: string,
): Promise<PricingInputs | null> {
  const [supply, point, contracts] = await Promise.all([
    sql.supplyPeriod.findMany({
      where: { customerId, meteringPointId },
      orderBy: { fromDate: "asc" },
      select: { fromDate: true, toDate: true },
    }),
    sql.meteringPoint.findUnique({
      where: { id: meteringPointId },
      select: {
        id: true,
        gsrn: true,
        priceArea: true,
        usageType: true,
        municipalityNumber: true,
        norgesprisPeriods: { orderBy: { fromDate: "asc" }, select: { fromDate: true, toDate: true } },
      },
    }),
    sql.contract.findMany({
      where: { customerId, meteringPointId, status: { in: ["ACTIVE", "TERMINATED"] } },
      orderBy: { startDate: "asc" },
      select: {
        product: true,
        markupOrePerKwh: true,
        monthlyFeeOre: true,
        fixedPriceOrePerKwh: true,
        startDate: true,
        endDate: true,
      },
    }),
  ]);
  if (!point || supply.length === 0) return null;
  return {
    meteringPoint: {
      id: point.id,
      gsrn: point.gsrn,
      priceArea: point.priceArea,
      usageType: point.usageType,
      municipalityNumber: point.municipalityNumber,
    },
    supply: supply.map(fromDbDates),
    norgespris: point.norgesprisPeriods.map(fromDbDates),
    contracts: contracts.map((c) => ({
      ...fromDbDates({ fromDate: c.startDate, toDate: c.endDate }),
      product: c.product,
      markupOrePerKwh: c.markupOrePerKwh.toString(),
      monthlyFeeOre: c.monthlyFeeOre,
      fixedPriceOrePerKwh: c.fixedPriceOrePerKwh?.toString() ?? null,
    })),
  };
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

import "server-only";
// The customer's own consumption in SQL, always bounded by their own supply periods on the metering
// point and the history before them (historyFromDate): a reading outside them (a previous or later
// tenant's) never leaves the database. Hours read the
// rollup ConsumptionHour (one row per metering point and hour, each interval already paired with its own
// price; kept by triggers, see its migration); quarters read the readings through
// consumption_priced_readings(), the same pairing. tests/integration/consumption-data.test.ts holds both
// equal to src/features/pricing/domain/intervals.ts pairHourly().
import { Prisma } from "@/generated/prisma/client";

export type Sql = Pick<Prisma.TransactionClient, "$queryRaw">;

/** [from, to) on the hour grid: callers pass Oslo midnights (osloMidnight), as supply periods are dates. */
export interface UsageScope {
  customerId: string;
  meteringPointId: string;
  from: Date;
  to: Date;
}

/** The customer's supply periods on the point with their history, each cut to [from, to) as instants lo, hi. */
function supplyWindows(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    FROM "SupplyPeriod" s
    CROSS JOIN LATERAL (
      SELECT greatest(coalesce(s."historyFromDate", s."fromDate")::timestamp AT TIME ZONE 'Europe/Oslo',
                      ${scope.from}::timestamptz) AS lo,
             least(coalesce(s."toDate"::timestamp AT TIME ZONE 'Europe/Oslo', 'infinity'::timestamptz),
                   ${scope.to}::timestamptz) AS hi
    ) w`;
}

function ownSupply(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`s."customerId" = ${scope.customerId}::uuid AND s."meteringPointId" = ${scope.meteringPointId}::uuid`;
}

/** The customer's hours of the rollup within [from, to) and their supply periods. */
export function ownHours(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT h."hourStart" AS t, h."osloDate" AS d, h."kwh", h."quarters",
           h."spotCostOre" AS cost, h."spotMeanOrePerKwh" AS mean
    ${supplyWindows(scope)}
    JOIN "ConsumptionHour" h
      ON h."meteringPointId" = s."meteringPointId" AND h."hourStart" >= w.lo AND h."hourStart" < w.hi
    -- [from, to) again, as the query's own bounds: the planner then keeps only those months' partitions
    -- of the rollup (w's bounds are known only row by row, while it runs).
    WHERE ${ownSupply(scope)}
      AND h."hourStart" >= ${scope.from}::timestamptz AND h."hourStart" < ${scope.to}::timestamptz`;
}

/** The customer's readings within [from, to) and their supply periods, each with its own price. */
export function ownPricedReadings(scope: UsageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT r.t, r."resolution", r."kwh", r."price"
    FROM (
      SELECT array_agg(s."meteringPointId") AS points, array_agg(w.lo) AS los, array_agg(w.hi) AS his
      ${supplyWindows(scope)}
      WHERE ${ownSupply(scope)} AND w.lo < w.hi
    ) a
    CROSS JOIN LATERAL consumption_priced_readings(a.points, a.los, a.his) r`;
}

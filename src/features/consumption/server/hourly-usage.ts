import "server-only";
// The customer's consumption hour by hour for the cost function, and plain totals for comparisons.
import type { HourUsage } from "@/features/pricing";
import { Prisma } from "@/generated/prisma/client";
import { ownHours, type Sql, type UsageScope } from "./own-usage-sql";

/**
 * Hour by hour: kWh, Σ kWh × own price, and the hour's mean price — the cost function's input. A year
 * is 8,760 hours: they come as one text, an hour a `;`-separated record of epoch ms and the decimals as
 * PostgreSQL prints them (empty for no price), since decoding that many rows one by one cost more CPU
 * than the query itself. (As JSON, building the arrays and `extract`'s numeric epoch cost PostgreSQL
 * 17.6 ms a year against 10 ms for this.)
 */
export async function hourlyUsage(sql: Sql, scope: UsageScope): Promise<HourUsage[]> {
  const [row] = await sql.$queryRaw<{ hours: string | null }[]>`
    WITH h AS (${ownHours(scope)})
    SELECT string_agg(concat_ws(',', (date_part('epoch', t) * 1000)::bigint, kwh,
                                coalesce(cost::text, ''), coalesce(mean::text, '')), ';' ORDER BY t) AS hours
    FROM h`;
  if (!row?.hours) return [];
  return row.hours.split(";").map((record) => {
    const [ms = "", kwh = "", spotCostOre = "", spotMeanOrePerKwh = ""] = record.split(",");
    return {
      start: new Date(Number(ms)),
      kwh,
      spotCostOre: spotCostOre || null,
      spotMeanOrePerKwh: spotMeanOrePerKwh || null,
    };
  });
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

/** The end of the customer's last metered hour in the scope, or null when it has none. */
export async function meteredUntil(sql: Sql, scope: UsageScope): Promise<Date | null> {
  const [row] = await sql.$queryRaw<{ until: Date | null }[]>`
    WITH h AS (${ownHours(scope)}) SELECT max(t) + interval '1 hour' AS until FROM h`;
  return row?.until ?? null;
}

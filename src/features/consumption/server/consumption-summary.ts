import "server-only";
// The overview's figures: this month so far and last month for the customer's newest metering point.
import { formatScaled, intersect, parseScaled } from "@/features/pricing";
import { db } from "@/platform/db";
import { HOUR_MS } from "@/platform/time/durations";
import { addDays, addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { cachedCostOfPeriod } from "./cached-cost-of-period";
import { firstSupplyDay, suppliedSpan } from "./history-cost";
import { usageTotals } from "./hourly-usage";
import { ownPointsNewestFirst } from "./own-points";
import { usageBuckets } from "./usage-buckets";

export interface MonthSoFar {
  /** "2026-11" */
  month: string;
  kwh: string;
  /** The cost of the supplied days only (none: 0, and `supplied` false). */
  totalOre: number;
  /** Whether we supplied the customer on any day of it: if not, its kWh are from before they joined. */
  supplied: boolean;
  /** The first day of supply when it began within the month, else null. */
  suppliedFrom: string | null;
}

export interface ConsumptionSummary {
  gsrn: string;
  thisMonth: MonthSoFar;
  lastMonth: MonthSoFar;
  /** Hours without readings in the last seven full days of supply. */
  missingHoursLastWeek: number;
}

/** This month so far and last month on the customer's newest metering point, and last week's gaps. */
export async function getConsumptionSummary(
  customerId: string,
  now = new Date(),
): Promise<ConsumptionSummary | null> {
  const [newest] = await ownPointsNewestFirst(customerId, now);
  if (!newest) return null;
  const { point, inputs } = newest;
  const today = osloDate(now);
  const thisMonth = monthStart(today);
  const lastMonth = addMonths(thisMonth, -1);
  const weekAgo = addDays(today, -7);
  const [current, previous, week, kwh] = await Promise.all([
    // The same rule as Forbruk's month view: the month's days up to and including today.
    cachedCostOfPeriod(customerId, inputs, thisMonth, addMonths(thisMonth, 1), today),
    cachedCostOfPeriod(customerId, inputs, lastMonth, thisMonth, today),
    usageBuckets(
      db,
      { customerId, meteringPointId: point.id, from: osloMidnight(weekAgo), to: osloMidnight(today) },
      "dag",
    ),
    // The month's own kWh, history before the supply included; the cost covers supplied days only.
    usageTotals(db, { customerId, meteringPointId: point.id }, [
      { from: osloMidnight(thisMonth), to: osloMidnight(addDays(today, 1)) },
      { from: osloMidnight(lastMonth), to: osloMidnight(thisMonth) },
    ]),
  ]);
  const windows = inputs.supply
    .map((s) => intersect(s, { from: weekAgo, to: today }))
    .filter((w) => w !== null);
  const expected = windows.reduce(
    (sum, w) => sum + (osloMidnight(w.to ?? today).getTime() - osloMidnight(w.from).getTime()) / HOUR_MS,
    0,
  );
  const covered = week.reduce((sum, b) => sum + b.coveredHours, 0);
  const first = firstSupplyDay(inputs);
  const month = (from: string, to: string, totalOre: number, own = "0"): MonthSoFar => ({
    month: from.slice(0, 7),
    kwh: formatScaled(parseScaled(own), 4),
    totalOre,
    supplied: suppliedSpan(inputs, from, to) !== null,
    suppliedFrom: first !== null && first > from && first < to ? first : null,
  });
  return {
    gsrn: point.gsrn,
    thisMonth: month(thisMonth, addDays(today, 1), current.totalOre, kwh[0]),
    lastMonth: month(lastMonth, thisMonth, previous.totalOre, kwh[1]),
    missingHoursLastWeek: Math.max(0, expected - covered),
  };
}

import "server-only";
// The overview's figures: this month so far and last month for the customer's newest metering point.
import { intersect } from "@/features/pricing";
import { db } from "@/platform/db";
import { HOUR_MS } from "@/platform/time/durations";
import { addDays, addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { costOfPeriod } from "./cost-of-period";
import { ownPointsNewestFirst } from "./own-points";
import { usageBuckets } from "./usage-buckets";

export interface MonthSoFar {
  /** "2026-11" */
  month: string;
  kwh: string;
  totalOre: number;
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
  const [current, previous, week] = await Promise.all([
    costOfPeriod(db, customerId, inputs, thisMonth, addMonths(thisMonth, 1), today),
    costOfPeriod(db, customerId, inputs, lastMonth, thisMonth),
    usageBuckets(
      db,
      { customerId, meteringPointId: point.id, from: osloMidnight(weekAgo), to: osloMidnight(today) },
      "dag",
    ),
  ]);
  const windows = inputs.supply
    .map((s) => intersect(s, { from: weekAgo, to: today }))
    .filter((w) => w !== null);
  const expected = windows.reduce(
    (sum, w) => sum + (osloMidnight(w.to ?? today).getTime() - osloMidnight(w.from).getTime()) / HOUR_MS,
    0,
  );
  const covered = week.reduce((sum, b) => sum + b.coveredHours, 0);
  return {
    gsrn: point.gsrn,
    thisMonth: { month: thisMonth.slice(0, 7), kwh: current.kwh, totalOre: current.totalOre },
    lastMonth: { month: lastMonth.slice(0, 7), kwh: previous.kwh, totalOre: previous.totalOre },
    missingHoursLastWeek: Math.max(0, expected - covered),
  };
}

// "The day's cheapest hours" means the cheapest CHEAPEST_WINDOW_HOURS consecutive hours of the day: the
// span a household can move a load to (a dishwasher, a wash, an electric car's evening charge). Consecutive
// means consecutive in time, so on the day the clocks go forward 01:00 and 03:00 follow each other, and in
// October both 02:00 hours count. The window stays inside the day: tomorrow's prices are what was published.
import { roundToWhole } from "@/features/pricing";
import { HOUR_MS } from "@/platform/time/durations";
import type { HourPrice } from "./day-prices";

export const CHEAPEST_WINDOW_HOURS = 3;

export interface PriceWindow {
  start: Date;
  /** Exclusive: the instant the window's last hour ends. */
  end: Date;
  /** The window's hours' mean price with VAT, whole øre/kWh (halves away from zero). */
  meanOre: number;
}

/**
 * The cheapest `length` consecutive hours of a day's hour prices (in order, as dayHourPrices gives them);
 * of equally cheap windows the earliest. Null for a day with fewer hours than that.
 */
export function cheapestWindow(
  hours: readonly HourPrice[],
  length = CHEAPEST_WINDOW_HOURS,
): PriceWindow | null {
  let best: { index: number; sum: bigint } | null = null;
  for (let i = 0; i + length <= hours.length; i++) {
    const sum = hours.slice(i, i + length).reduce((total, h) => total + h.scaledOre, 0n);
    if (best === null || sum < best.sum) best = { index: i, sum };
  }
  if (best === null) return null;
  const { start } = hours[best.index] as HourPrice;
  return {
    start,
    end: new Date(start.getTime() + length * HOUR_MS),
    meanOre: roundToWhole(best.sum / BigInt(length)),
  };
}

// "A price above a level the customer sets": the level is whole øre/kWh with VAT (what the customer
// reads on Profil), compared with each hour's price with VAT in whole øre as the text shows it; above
// means strictly above, so an hour of 100,4 øre is not above a level of 100. The
// notification names the first run of consecutive hours above the level and the day's peak hour.
import { roundToWhole } from "@/features/pricing";
import { HOUR_MS } from "@/platform/time/durations";
import type { HourPrice } from "./day-prices";

export interface PriceAlert {
  /** The first run of consecutive hours above the level: its first hour's start and its last hour's end. */
  firstAbove: { start: Date; end: Date };
  /** The day's most expensive hour (the earliest of equals) and its price, whole øre/kWh with VAT. */
  peak: { start: Date; ore: number };
}

/** Null when no hour goes above `levelOre`. */
export function priceAlert(hours: readonly HourPrice[], levelOre: number): PriceAlert | null {
  const above = hours.map((h) => roundToWhole(h.scaledOre) > levelOre);
  const first = above.indexOf(true);
  if (first < 0) return null;
  let last = first;
  while (above[last + 1]) last += 1;
  const peak = hours.reduce((top, h) => (h.scaledOre > top.scaledOre ? h : top));
  const lastStart = (hours[last] as HourPrice).start;
  return {
    firstAbove: { start: (hours[first] as HourPrice).start, end: new Date(lastStart.getTime() + HOUR_MS) },
    peak: { start: peak.start, ore: roundToWhole(peak.scaledOre) },
  };
}

// A delivery day's spot prices hour by hour, as a household reads them: each Oslo hour's mean of its
// prices (four quarters from 2025-10-01, one hourly price before), with VAT by the metering point's
// municipality (pricing's vatOn, the one VAT computation). Only a complete day counts: 24 hours, or 23/25
// on the days the clocks change, each with all its intervals; a day half published tells nobody anything.
import { parseScaled, vatOn } from "@/features/pricing";
import { HOUR_MS, QUARTER_HOUR_MS } from "@/platform/time/durations";
import { hoursInOsloDay, osloMidnight } from "@/platform/time/oslo-calendar";

/** One stored spot price interval (SpotPrice: øre/kWh excl. VAT, a decimal string). */
export interface PriceInterval {
  start: Date;
  orePerKwh: string;
}

/** One Oslo hour of a day and its price with VAT, in 10⁻¹⁰ øre/kWh (exact, as pricing computes). */
export interface HourPrice {
  start: Date;
  scaledOre: bigint;
}

/** Whether this hour's intervals are all there: one hourly price at its start, or its four quarters. */
function hourNet(hour: number, intervals: readonly PriceInterval[]): bigint | null {
  const inHour = intervals.filter((p) => p.start.getTime() >= hour && p.start.getTime() < hour + HOUR_MS);
  const hourly = inHour.length === 1 && inHour[0]?.start.getTime() === hour;
  const quarters =
    inHour.length === 4 && inHour.every((p) => (p.start.getTime() - hour) % QUARTER_HOUR_MS === 0);
  if (!hourly && !quarters) return null;
  // The hour's mean, as Forbruk's hour view and the cost pair an hourly reading.
  return inHour.reduce((sum, p) => sum + parseScaled(p.orePerKwh), 0n) / BigInt(inHour.length);
}

/**
 * Every hour of the Oslo day `date` with its price with VAT (`vatBasisPoints` 0 for an exempt point), in
 * order; null unless every hour's prices are in.
 */
export function dayHourPrices(
  date: string,
  intervals: readonly PriceInterval[],
  vatBasisPoints: number,
): HourPrice[] | null {
  const first = osloMidnight(date).getTime();
  const hours: HourPrice[] = [];
  for (let i = 0; i < hoursInOsloDay(date); i++) {
    const start = first + i * HOUR_MS;
    const net = hourNet(start, intervals);
    if (net === null) return null;
    hours.push({ start: new Date(start), scaledOre: net + vatOn(net, vatBasisPoints) });
  }
  return hours;
}

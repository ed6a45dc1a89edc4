// Interval pricing: each interval's consumption meets the same interval's spot price; an hourly reading
// meets the mean of its hour's four quarter prices (or the hour's own price before 2025-10-01). The result,
// hour by hour, is what the cost function (cost.ts) prices.
import { HOUR_MS } from "@/platform/time/durations";
import { formatScaled, mul, parseScaled } from "./decimal";

export type Resolution = "PT15M" | "PT1H";

/** One Oslo hour of a metering point's consumption, paired with its prices. */
export interface HourUsage {
  /** UTC instant the hour starts. */
  start: Date;
  /** kWh in the hour, a decimal string. */
  kwh: string;
  /** Σ kWh × the interval's own spot price, øre (decimal); null if an interval had no price. */
  spotCostOre: string | null;
  /** Mean of the hour's spot prices, øre/kWh (decimal); null if the hour's prices are incomplete. */
  spotMeanOrePerKwh: string | null;
}

export interface Reading {
  start: Date;
  resolution: Resolution;
  kwh: string;
}

export interface SpotPriceInterval {
  start: Date;
  resolution: Resolution;
  orePerKwh: string;
}

/**
 * The plain pairing of readings with prices, hour by hour: the reference the SQL aggregation must equal.
 * A quarter reading takes its quarter's price, or the hour's price where prices are hourly; an hourly
 * reading takes the mean of the hour's prices (four quarters, or one hourly price). Missing readings are
 * absent hours, never zeros.
 */
export function pairHourly(readings: readonly Reading[], prices: readonly SpotPriceInterval[]): HourUsage[] {
  const priceByStart = new Map<number, SpotPriceInterval>();
  const pricesByHour = new Map<number, SpotPriceInterval[]>();
  for (const price of prices) {
    priceByStart.set(price.start.getTime(), price);
    const hour = Math.floor(price.start.getTime() / HOUR_MS) * HOUR_MS;
    pricesByHour.set(hour, [...(pricesByHour.get(hour) ?? []), price]);
  }
  const hourMean = (hour: number): bigint | null => {
    const list = pricesByHour.get(hour) ?? [];
    const complete =
      (list.length === 1 && list[0]?.resolution === "PT1H") ||
      (list.length === 4 && list.every((p) => p.resolution === "PT15M"));
    if (!complete) return null;
    return list.reduce((sum, p) => sum + parseScaled(p.orePerKwh), 0n) / BigInt(list.length);
  };

  const hours = new Map<number, { kwh: bigint; cost: bigint | null }>();
  for (const reading of readings) {
    const t = reading.start.getTime();
    const hour = Math.floor(t / HOUR_MS) * HOUR_MS;
    const kwh = parseScaled(reading.kwh);
    let price: bigint | null;
    if (reading.resolution === "PT1H") price = hourMean(hour);
    else {
      const own = priceByStart.get(t);
      const hourly = pricesByHour.get(hour);
      price =
        own?.resolution === "PT15M"
          ? parseScaled(own.orePerKwh)
          : hourly?.length === 1 && hourly[0]?.resolution === "PT1H"
            ? parseScaled(hourly[0].orePerKwh)
            : null;
    }
    const entry = hours.get(hour) ?? { kwh: 0n, cost: 0n };
    entry.kwh += kwh;
    entry.cost = entry.cost === null || price === null ? null : entry.cost + mul(kwh, price);
    hours.set(hour, entry);
  }
  return [...hours.entries()]
    .sort(([a], [b]) => a - b)
    .map(([hour, { kwh, cost }]) => {
      const mean = hourMean(hour);
      return {
        start: new Date(hour),
        kwh: formatScaled(kwh, 4),
        spotCostOre: cost === null ? null : formatScaled(cost, 10),
        spotMeanOrePerKwh: mean === null ? null : formatScaled(mean, 10),
      };
    });
}

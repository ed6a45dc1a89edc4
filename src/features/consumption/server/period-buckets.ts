import "server-only";
// Every bucket of a Forbruk view with its readings, the area's price and the spot cost: one function for
// the page, its download and the personal API, so all three show the same numbers.
import { formatScaled, parseScaled } from "@/features/pricing";
import { HOUR_MS } from "@/platform/time/durations";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { spotCostColumn, weightedSpotPrice } from "../domain/spot-cost";
import { bucketStarts, type ConsumptionView } from "../domain/view";
import type { PricingInputs } from "./pricing-inputs";
import type { UsageBucket } from "./usage-buckets";

export interface ConsumptionBucket {
  start: Date;
  /** kWh (4 decimals, as metered) or null: no readings at all in the bucket (a gap, never a zero). */
  kwh: string | null;
  /** Σ kWh × own spot price, øre, exact; null if unknown. */
  spotCostOre: string | null;
  /** The same in whole øre as the page and the download show it (spot-cost.ts: rounded per month). */
  spotCostWholeOre: number | null;
  /** Σ kWh × own spot price / Σ kWh, øre/kWh excl. VAT: the price the consumption met. */
  weightedPriceOrePerKwh: string | null;
  /** The area's mean spot price, øre/kWh excl. VAT (unweighted). */
  priceOrePerKwh: string | null;
  /** Hours with readings, and the hours there should be (0 outside supply and history, or not yet metered). */
  coveredHours: number;
  expectedHours: number;
  /** The whole bucket lies before the customer's supply began: their history, not our supply. */
  beforeSupply: boolean;
}

/**
 * Every bucket of the view, with its readings and price where there are any, and the hours it should
 * have: readings for a day arrive the next morning, so only hours before today within the customer's
 * supply or history are expected.
 */
export function periodBuckets(
  view: Pick<ConsumptionView, "from" | "to" | "resolution">,
  rows: UsageBucket[],
  prices: { start: Date; meanOrePerKwh: string }[],
  inputs: Pick<PricingInputs, "supply" | "history">,
  today: string,
): ConsumptionBucket[] {
  const byStart = new Map(rows.map((r) => [r.start.getTime(), r]));
  const priceByStart = new Map(prices.map((p) => [p.start.getTime(), p.meanOrePerKwh]));
  // At quarter resolution an hourly reading stays one hour long: its hour's other quarters are not buckets.
  const hourly = rows.filter((r) => view.resolution === "kvarter" && r.coveredHours === 1);
  const starts = bucketStarts(view).filter(
    (s) => !hourly.some((r) => s > r.start && s.getTime() < r.start.getTime() + HOUR_MS),
  );
  const windows = [...inputs.history, ...inputs.supply].map((s) => ({
    from: osloMidnight(s.from).getTime(),
    to: Math.min(s.to === null ? Infinity : osloMidnight(s.to).getTime(), osloMidnight(today).getTime()),
  }));
  const periodEnd = osloMidnight(view.to);
  const spotCosts = spotCostColumn(
    starts.map((start) => {
      const row = byStart.get(start.getTime());
      return { start, kwh: row?.kwh ?? null, spotCostOre: row?.spotCostOre ?? null };
    }),
  );
  const supplyStart = inputs.supply[0] ? osloMidnight(inputs.supply[0].from).getTime() : Infinity;
  return starts.map((start, i) => {
    const row = byStart.get(start.getTime());
    const end = (starts[i + 1] ?? periodEnd).getTime();
    const expectedMs = windows.reduce(
      (sum, w) => sum + Math.max(0, Math.min(end, w.to) - Math.max(start.getTime(), w.from)),
      0,
    );
    return {
      start,
      kwh: row ? formatScaled(parseScaled(row.kwh), 4) : null,
      spotCostOre: row?.spotCostOre ? formatScaled(parseScaled(row.spotCostOre), 10) : null,
      spotCostWholeOre: spotCosts[i] ?? null,
      weightedPriceOrePerKwh: row ? weightedSpotPrice(row.spotCostOre, row.kwh) : null,
      // The price the cost used: an hourly reading's is its hour's mean, not its first quarter's.
      priceOrePerKwh:
        row && hourly.includes(row) ? hourMean(prices, start) : (priceByStart.get(start.getTime()) ?? null),
      coveredHours: row?.coveredHours ?? 0,
      expectedHours: expectedMs / HOUR_MS,
      beforeSupply: end <= supplyStart,
    };
  });
}

/**
 * The mean of an hour's spot prices (four quarters, or one hourly price before quarter prices), as the
 * cost pairs an hourly reading (pricing/domain/intervals.ts); null when the hour's prices are incomplete.
 */
function hourMean(prices: { start: Date; meanOrePerKwh: string }[], hour: Date): string | null {
  const inHour = prices.filter(
    (p) => p.start.getTime() >= hour.getTime() && p.start.getTime() < hour.getTime() + HOUR_MS,
  );
  const complete =
    inHour.length === 4 || (inHour.length === 1 && inHour[0]?.start.getTime() === hour.getTime());
  if (!complete) return null;
  const sum = inHour.reduce((total, p) => total + parseScaled(p.meanOrePerKwh), 0n);
  return formatScaled(sum / BigInt(inHour.length), 4);
}

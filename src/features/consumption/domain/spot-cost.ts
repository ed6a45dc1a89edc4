// "Spotpris × forbruk" per bucket, as the page's table, the CSV and the JSON show it, and the
// consumption-weighted spot price beside the area's unweighted mean.
//
// The rule, stated once: a bucket's spot cost is Σ kWh × the interval's own spot price (exact). Each Oslo
// month's exact sum over its buckets is rounded once to whole øre (halves away from zero), the page's
// rule for its lines, and allocated to the month's buckets by largest remainder: the column adds up to
// the month's rounded spot cost exactly, and to the page's "Strøm" line where the whole period is priced
// by the spot price. A bucket's weighted price is its exact spot cost / its kWh (6 decimals), so
// Σ kWh × weighted price over a month, rounded to whole øre, is the month's sum of the column.
import { allocateByLargestRemainder, div, formatScaled, parseScaled, roundToWhole } from "@/features/pricing";
import { osloDate } from "@/platform/time/oslo-calendar";

export interface SpotCostInput {
  start: Date;
  kwh: string | null;
  /** Σ kWh × own spot price, øre, exact; null where an interval lacks a price. */
  spotCostOre: string | null;
}

/** Each bucket's spot cost in whole øre (null where unknown): rounded per month, allocated to buckets. */
export function spotCostColumn(buckets: readonly SpotCostInput[]): (number | null)[] {
  const months = new Map<string, number[]>();
  buckets.forEach((b, i) => {
    if (b.spotCostOre === null) return;
    const key = osloDate(b.start).slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), i]);
  });
  const column: (number | null)[] = buckets.map(() => null);
  for (const indexes of months.values()) {
    const shares = indexes.map((i) => parseScaled(buckets[i]?.spotCostOre ?? "0"));
    const parts = allocateByLargestRemainder(roundToWhole(shares.reduce((sum, s) => sum + s, 0n)), shares);
    indexes.forEach((bucket, j) => {
      column[bucket] = parts[j] ?? 0;
    });
  }
  return column;
}

/** The consumption-weighted spot price (Σ kWh × price / Σ kWh), øre/kWh with 6 decimals; null if unknown. */
export function weightedSpotPrice(spotCostOre: string | null, kwh: string | null): string | null {
  if (spotCostOre === null || kwh === null) return null;
  const energy = parseScaled(kwh);
  if (energy === 0n) return null;
  return formatScaled(div(parseScaled(spotCostOre), energy), 6);
}

// The Forbruk download's intervals, shared by its CSV and JSON. The CSV is for the customer's own
// spreadsheet: `;`-separated, which Norwegian Excel opens as columns, with Norwegian headers (the JSON,
// read by programs, keeps English keys). Times are ISO 8601 in Oslo time, as in the portability ZIP.
// Each row carries the area's unweighted mean spot price, the consumption-weighted price and the spot
// cost ("Spotpris × forbruk", whole øre, rounded per month as spot-cost.ts states), so that a
// spreadsheet reproduces the page's figures.
import { formatScaled, parseScaled } from "@/features/pricing";
import { csvHeader, csvLine } from "@/platform/format/csv";
import { osloIsoString, osloMidnight } from "@/platform/time/oslo-calendar";
import { bucketLabels } from "./labels";
import { weightedSpotPrice } from "./spot-cost";
import type { ConsumptionView } from "./view";

/** A bucket as the Forbruk page has it: kWh and the spot price as decimal text, null where unknown. */
export interface ExportBucket {
  start: Date;
  kwh: string | null;
  priceOrePerKwh: string | null;
  weightedPriceOrePerKwh: string | null;
  /** Exact Σ kWh × own spot price, øre. */
  spotCostOre: string | null;
  spotCostWholeOre: number | null;
  coveredHours: number;
  expectedHours: number;
}

export interface ExportInterval {
  start: string;
  end: string;
  kwh: string | null;
  /** The price area's mean spot price over the interval, unweighted (øre/kWh excl. VAT). */
  areaMeanSpotPriceOrePerKwh: string | null;
  /** Σ kWh × spot price / Σ kWh over the interval: the price your consumption met (øre/kWh excl. VAT). */
  weightedSpotPriceOrePerKwh: string | null;
  /** Σ kWh × spot price, whole øre excl. VAT (each month rounded once, allocated to its rows). */
  spotCostOre: number | null;
  complete: boolean;
}

/** Each bucket with its end (the next bucket's start; the period's end for the last one). */
export function exportIntervals(
  buckets: readonly ExportBucket[],
  view: Pick<ConsumptionView, "to">,
): ExportInterval[] {
  const end = (i: number) => buckets[i + 1]?.start ?? osloMidnight(view.to);
  return buckets.map((b, i) => ({
    start: osloIsoString(b.start),
    end: osloIsoString(end(i)),
    kwh: b.kwh,
    areaMeanSpotPriceOrePerKwh: b.priceOrePerKwh,
    weightedSpotPriceOrePerKwh: b.weightedPriceOrePerKwh,
    spotCostOre: b.spotCostWholeOre,
    complete: b.kwh !== null && b.coveredHours >= b.expectedHours,
  }));
}

export const CONSUMPTION_CSV_HEADER = [
  "start",
  "slutt",
  "tidspunkt",
  "kwh",
  "snitt_spotpris_omradet_ore_per_kwh_uten_mva",
  "vektet_spotpris_ore_per_kwh_uten_mva",
  "spotpris_x_forbruk_ore_uten_mva",
] as const;

/** The CSV file: byte-order mark, header, one line per bucket; an unknown value is an empty cell. */
export function consumptionCsv(
  buckets: readonly ExportBucket[],
  view: Pick<ConsumptionView, "to" | "resolution">,
): string {
  const labels = bucketLabels(
    buckets.map((b) => b.start),
    view.resolution,
  );
  const lines = exportIntervals(buckets, view).map((r, i) =>
    csvLine(
      [
        r.start,
        r.end,
        labels[i],
        r.kwh,
        r.areaMeanSpotPriceOrePerKwh,
        r.weightedSpotPriceOrePerKwh,
        r.spotCostOre,
      ],
      ";",
    ),
  );
  return csvHeader(CONSUMPTION_CSV_HEADER, ";") + lines.join("");
}

/** How the download's prices and cost relate, for the JSON's readers (the page says the same). */
export const SPOT_COST_RULE =
  "spotCostOre = Σ kWh × intervallets spotpris, i hele øre: summen for hver måned er avrundet én gang (halve øre bort fra null) og fordelt på radene etter største rest, så kolonnen summerer nøyaktig til månedens beløp. weightedSpotPriceOrePerKwh = spotCostOre før avrunding / kWh; Σ kWh × vektet pris for en måned, avrundet til hele øre, er månedens sum. areaMeanSpotPriceOrePerKwh er prisområdets uvektede snitt og gir ikke kostnaden.";

/** The period's spot cost (Σ of the column, whole øre) and its consumption-weighted price. */
export function spotCostTotals(buckets: readonly ExportBucket[]): {
  spotCostOre: number;
  weightedSpotPriceOrePerKwh: string | null;
} {
  const priced = buckets.filter((b) => b.spotCostWholeOre !== null && b.kwh !== null);
  const spotCostOre = priced.reduce((sum, b) => sum + (b.spotCostWholeOre ?? 0), 0);
  const exact = priced.reduce((sum, b) => sum + parseScaled(b.spotCostOre ?? "0"), 0n);
  const kwh = priced.reduce((sum, b) => sum + parseScaled(b.kwh ?? "0"), 0n);
  return {
    spotCostOre,
    weightedSpotPriceOrePerKwh: weightedSpotPrice(formatScaled(exact, 10), formatScaled(kwh, 4)),
  };
}

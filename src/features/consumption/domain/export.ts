// The Forbruk download's intervals, shared by its CSV and JSON. The CSV is for the customer's own
// spreadsheet: `;`-separated, which Norwegian Excel opens as columns, with Norwegian headers (the JSON,
// read by programs, keeps English keys). Times are ISO 8601 in Oslo time, as in the portability ZIP.
import { csvHeader, csvLine } from "@/platform/format/csv";
import { osloIsoString, osloMidnight } from "@/platform/time/oslo-calendar";
import { bucketLabels } from "./labels";
import type { ConsumptionView } from "./view";

/** A bucket as the Forbruk page has it: kWh and the spot price as decimal text, null where unknown. */
export interface ExportBucket {
  start: Date;
  kwh: string | null;
  priceOrePerKwh: string | null;
  coveredHours: number;
  expectedHours: number;
}

export interface ExportInterval {
  start: string;
  end: string;
  kwh: string | null;
  spotPriceOrePerKwh: string | null;
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
    spotPriceOrePerKwh: b.priceOrePerKwh,
    complete: b.kwh !== null && b.coveredHours >= b.expectedHours,
  }));
}

export const CONSUMPTION_CSV_HEADER = [
  "start",
  "slutt",
  "tidspunkt",
  "kwh",
  "spotpris_ore_per_kwh_uten_mva",
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
    csvLine([r.start, r.end, labels[i], r.kwh, r.spotPriceOrePerKwh], ";"),
  );
  return csvHeader(CONSUMPTION_CSV_HEADER, ";") + lines.join("");
}

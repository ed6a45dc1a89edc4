// How buckets and periods are named on the Forbruk page and in its downloads.
import { osloParts } from "@/platform/time/oslo-calendar";
import type { ConsumptionView, PeriodKind, ViewResolution } from "./view";

const MONTHS = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];

const two = (n: number) => String(n).padStart(2, "0");

/**
 * Names for the buckets in order: "14:00", "14:15", "26. okt.", "oktober 2025". On the autumn DST day
 * the hour 02:00 comes twice; the second one says so.
 */
export function bucketLabels(starts: readonly Date[], resolution: ViewResolution): string[] {
  const seen = new Set<string>();
  return starts.map((start) => {
    const { y, m, d, hour, minute } = osloParts(start);
    let label: string;
    if (resolution === "kvarter" || resolution === "time") label = `${two(hour)}:${two(minute)}`;
    else if (resolution === "dag") label = `${d}. ${MONTHS[m - 1]?.slice(0, 3)}.`;
    else label = `${MONTHS[m - 1]} ${y}`;
    if (resolution === "time" || resolution === "kvarter") {
      const dayKey = `${y}-${m}-${d} ${label}`;
      if (seen.has(dayKey)) label = `${label} (andre gang, vintertid)`;
      seen.add(dayKey);
    }
    return label;
  });
}

/** "26. oktober 2025", "oktober 2025", "2025". */
export function periodTitle(view: Pick<ConsumptionView, "kind" | "from">): string {
  const [y, m, d] = view.from.split("-").map(Number) as [number, number, number];
  if (view.kind === "dag") return `${d}. ${MONTHS[m - 1]} ${y}`;
  if (view.kind === "maned") return `${MONTHS[m - 1]} ${y}`;
  return String(y);
}

/** The customer's own consumption before we began supplying them (their history from Elhub). */
export const BEFORE_SUPPLY = "før du ble kunde";

/** An Oslo date "2026-12-10" as "10.12.2026". */
export const dottedDate = (date: string) => date.split("-").reverse().join(".");

/** "forrige dag", "forrige måned", "forrige år" and the like. */
export const PERIOD_NOUNS: Record<PeriodKind, { definite: string; previous: string; next: string }> = {
  dag: { definite: "dagen", previous: "Forrige dag", next: "Neste dag" },
  maned: { definite: "måneden", previous: "Forrige måned", next: "Neste måned" },
  ar: { definite: "året", previous: "Forrige år", next: "Neste år" },
};

export function monthName(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

// What the Forbruk page shows: a period (an Oslo day, month or year), a resolution that fits it, and
// the buckets that split it. Parsed from the query string with Norwegian messages for anything
// malformed or out of range; the page shows the message instead of failing.
import { z } from "zod";
import { HOUR_MS, QUARTER_HOUR_MS } from "@/platform/time/durations";
import {
  addDays,
  addMonths,
  daysInMonth,
  hoursInOsloDay,
  isCalendarDate,
  isoDate,
  osloMidnight,
} from "@/platform/time/oslo-calendar";

export const PERIOD_KINDS = ["dag", "maned", "ar"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const RESOLUTIONS = ["kvarter", "time", "dag", "maned"] as const;
export type ViewResolution = (typeof RESOLUTIONS)[number];

/** Which resolutions a period can be shown in; the first is the default. */
export const RESOLUTIONS_FOR: Record<PeriodKind, readonly ViewResolution[]> = {
  dag: ["time", "kvarter"],
  maned: ["dag", "time"],
  ar: ["maned", "dag"],
};

export const RESOLUTION_LABELS: Record<ViewResolution, string> = {
  kvarter: "Kvarter",
  time: "Time",
  dag: "Dag",
  maned: "Måned",
};

export const PERIOD_LABELS: Record<PeriodKind, string> = { dag: "Dag", maned: "Måned", ar: "År" };

/** The oldest history the page offers: readings are kept for three years (see the privacy register). */
export const EARLIEST_DATE = "2020-01-01";

export interface ConsumptionView {
  kind: PeriodKind;
  resolution: ViewResolution;
  /** First Oslo date of the period. */
  from: string;
  /** The Oslo date after the period (exclusive). */
  to: string;
  /** The value of the `dato` parameter for this period: "2025-10-26", "2025-10" or "2025". */
  key: string;
}

const ZRaw = z.object({
  periode: z.string().max(10).optional(),
  dato: z.string().max(10).optional(),
  opplosning: z.string().max(10).optional(),
});

export type ViewParseResult = { ok: true; view: ConsumptionView } | { ok: false; message: string };

/** The query as the page gets it from Next.js: a parameter given twice is an array. */
export type QueryParams = Record<string, string | string[] | undefined>;

/**
 * A query string as the page's parameters (a parameter given twice becomes an array, as Next.js gives
 * it), so the page and the download read an address the same way through parseView.
 */
export function queryParams(search: URLSearchParams): QueryParams {
  const params: QueryParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

/** The parameters that choose what the page and the download show; each may be given once. */
const VIEW_PARAMETERS = ["periode", "dato", "opplosning", "malepunkt"] as const;

/** Parses the page's query parameters; `today` is the Oslo date the default period contains. */
export function parseView(params: QueryParams, today: string): ViewParseResult {
  // A parameter given twice is refused rather than read as one of its values: which one would be a guess.
  const repeated = VIEW_PARAMETERS.find((name) => Array.isArray(params[name]));
  if (repeated) {
    return {
      ok: false,
      message: `Adressen har «${repeated}» mer enn én gang. Velg periode på nytt.`,
    };
  }
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? undefined : v);
  const raw = ZRaw.safeParse({
    periode: single(params.periode),
    dato: single(params.dato),
    opplosning: single(params.opplosning),
  });
  if (!raw.success) return { ok: false, message: "Adressen har en ugyldig verdi. Velg periode på nytt." };
  const { periode = "maned", dato, opplosning } = raw.data;
  if (!(PERIOD_KINDS as readonly string[]).includes(periode)) {
    return { ok: false, message: "Ukjent periode. Velg dag, måned eller år." };
  }
  const kind = periode as PeriodKind;
  const allowed = RESOLUTIONS_FOR[kind];
  const resolution = (opplosning ?? allowed[0]) as ViewResolution;
  if (!allowed.includes(resolution)) {
    return {
      ok: false,
      message: `Oppløsningen passer ikke til perioden. For ${PERIOD_LABELS[kind].toLowerCase()} kan du velge ${allowed
        .map((r) => RESOLUTION_LABELS[r].toLowerCase())
        .join(" eller ")}.`,
    };
  }
  const key = dato ?? keyFor(kind, today);
  const range = rangeFor(kind, key);
  if (!range) {
    const shape = { dag: "ÅÅÅÅ-MM-DD", maned: "ÅÅÅÅ-MM", ar: "ÅÅÅÅ" }[kind];
    return { ok: false, message: `Datoen er ugyldig. Skriv den som ${shape}.` };
  }
  if (range.to <= EARLIEST_DATE || range.from > today) {
    return {
      ok: false,
      message: "Perioden er utenfor det vi kan vise. Velg en periode fra 2020 og fram til i dag.",
    };
  }
  return { ok: true, view: { kind, resolution, key, ...range } };
}

export function keyFor(kind: PeriodKind, date: string): string {
  return kind === "dag" ? date : kind === "maned" ? date.slice(0, 7) : date.slice(0, 4);
}

function rangeFor(kind: PeriodKind, key: string): { from: string; to: string } | null {
  if (kind === "dag") return isCalendarDate(key) ? { from: key, to: addDays(key, 1) } : null;
  if (kind === "maned") {
    const from = `${key}-01`;
    return /^\d{4}-\d{2}$/.test(key) && isCalendarDate(from) ? { from, to: addMonths(from, 1) } : null;
  }
  return /^\d{4}$/.test(key) ? { from: `${key}-01-01`, to: `${Number(key) + 1}-01-01` } : null;
}

/** The period before or after, or the same period a year earlier. */
export function shiftView(view: ConsumptionView, step: "forrige" | "neste" | "ifjor"): ConsumptionView {
  const months = view.kind === "dag" ? 0 : view.kind === "maned" ? 1 : 12;
  let from: string;
  if (step === "ifjor") from = addMonths(view.from, -12);
  else if (view.kind === "dag") from = addDays(view.from, step === "neste" ? 1 : -1);
  else from = addMonths(view.from, step === "neste" ? months : -months);
  const key = keyFor(view.kind, from);
  const range = rangeFor(view.kind, key);
  if (!range) throw new RangeError("A shifted period is always valid");
  return { ...view, key, ...range };
}

/** The start instants of every bucket of a view, in order (a DST day has 23/25 hours, 92/100 quarters). */
export function bucketStarts(view: Pick<ConsumptionView, "from" | "to" | "resolution">): Date[] {
  const starts: Date[] = [];
  if (view.resolution === "kvarter" || view.resolution === "time") {
    const step = view.resolution === "kvarter" ? QUARTER_HOUR_MS : HOUR_MS;
    const end = osloMidnight(view.to).getTime();
    for (let t = osloMidnight(view.from).getTime(); t < end; t += step) starts.push(new Date(t));
  } else if (view.resolution === "dag") {
    for (let d = view.from; d < view.to; d = addDays(d, 1)) starts.push(osloMidnight(d));
  } else {
    for (let d = view.from; d < view.to; d = addMonths(d, 1)) starts.push(osloMidnight(d));
  }
  return starts;
}

/** Hours in an Oslo bucket starting on a date, for telling a full bucket from one with gaps. */
export function bucketHours(resolution: ViewResolution, startDate: string): number {
  if (resolution === "kvarter") return 0.25;
  if (resolution === "time") return 1;
  if (resolution === "dag") return hoursInOsloDay(startDate);
  const [y, m] = startDate.split("-").map(Number) as [number, number];
  let hours = 0;
  for (let d = 1; d <= daysInMonth(y, m); d++) hours += hoursInOsloDay(isoDate(y, m, d));
  return hours;
}

// What the Forbruk page compares a period with. A period that is over is compared whole with the period
// before and the same period a year earlier. A period in progress is compared by the part that has
// readings so far (readings arrive from Elhub the morning after): 1.–6. December with 1.–6. November,
// today until 08:00 with yesterday until 08:00. A year's "period before" is the year before, the same
// comparison as "the same period last year", so a year is compared once.
import { HOUR_MS } from "@/platform/time/durations";
import { addDays, addMonths, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { type ConsumptionView, shiftView } from "./view";

export interface ComparedWindow {
  /** The compared period's `dato` key ("2026-11"). */
  key: string;
  from: Date;
  to: Date;
}

export interface ComparedWindows {
  previous: ComparedWindow;
  /** The same period a year earlier; null for a year, whose period before is already last year. */
  lastYear: ComparedWindow | null;
}

/** A date moved as the compared period is: a day or a month back, or twelve months back. */
function shiftDate(view: ConsumptionView, step: "forrige" | "ifjor", date: string): string {
  if (step === "ifjor" || view.kind === "ar") return addMonths(date, -12);
  return view.kind === "dag" ? addDays(date, -1) : addMonths(date, -1);
}

function window(view: ConsumptionView, step: "forrige" | "ifjor", until: Date | null): ComparedWindow {
  const shifted = shiftView(view, step);
  const from = osloMidnight(shifted.from);
  const end = osloMidnight(shifted.to);
  if (until === null) return { key: shifted.key, from, to: end };
  // The same calendar days and hours in the compared period, cut to its end: 1.–30. March is compared
  // with all of February. A whole last day is shifted as a day (30 March → 28 February, then its end).
  const date = osloDate(until);
  const hours = (until.getTime() - osloMidnight(date).getTime()) / HOUR_MS;
  const cut =
    hours === 0
      ? osloMidnight(addDays(shiftDate(view, step, addDays(date, -1)), 1)).getTime()
      : osloMidnight(shiftDate(view, step, date)).getTime() + hours * HOUR_MS;
  return { key: shifted.key, from, to: new Date(Math.max(from.getTime(), Math.min(cut, end.getTime()))) };
}

/**
 * The windows to compare a view with. `until` is where a period in progress has readings so far (its
 * start when it has none yet), or null for a period that is over.
 */
export function comparedWindows(view: ConsumptionView, until: Date | null): ComparedWindows {
  return {
    previous: window(view, "forrige", until),
    lastYear: view.kind === "ar" ? null : window(view, "ifjor", until),
  };
}

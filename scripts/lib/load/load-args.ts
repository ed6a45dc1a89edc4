// The flags of the load benches, and the dates their Forbruk steps ask for.
import { parseArgs } from "node:util";

export interface LoadArgs {
  seconds: number;
  customers: number;
  staff: number;
  thinkMs: number;
  reuse: boolean;
  url?: string;
  pid?: number;
}

export function loadArgs(usage: string, extra: { url: boolean }): LoadArgs {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "60" },
      customers: { type: "string", default: "50" },
      staff: { type: "string", default: "3" },
      "think-ms": { type: "string", default: "500" },
      reuse: { type: "boolean", default: false },
      ...(extra.url ? { url: { type: "string" }, pid: { type: "string" } } : {}),
    },
  });
  const number = (name: string, value: unknown, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      console.error(`--${name} must be a whole number ${min}–${max}.\n${usage}`);
      process.exit(2);
    }
    return n;
  };
  return {
    seconds: number("seconds", values.seconds, 5, 600),
    customers: number("customers", values.customers, 1, 1000),
    staff: number("staff", values.staff, 0, 20),
    thinkMs: number("think-ms", values["think-ms"], 0, 10_000),
    reuse: values.reuse === true,
    url: typeof values.url === "string" ? values.url : undefined,
    pid: values.pid === undefined ? undefined : number("pid", values.pid, 1, 4_194_304),
  };
}

/**
 * The Forbruk steps' dates: the last day the bench customers have readings for (yesterday, when the data
 * was made today: a run after midnight in Oslo would otherwise ask for a day not generated), that month of
 * the last full year (a whole month), and that year.
 */
export function journeyDates(lastDay: string, lastFullYear: string) {
  return { yesterday: lastDay, lastMonth: `${lastFullYear}${lastDay.slice(4, 7)}`, lastFullYear };
}

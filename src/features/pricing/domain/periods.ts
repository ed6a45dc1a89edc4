// Periods of Oslo calendar days, [from, to) with an open end as null: supply periods, Norgespris
// periods and contract terms alike.

export interface DatePeriod {
  /** "YYYY-MM-DD", inclusive. */
  from: string;
  /** "YYYY-MM-DD", exclusive; null while it lasts. */
  to: string | null;
}

/** Whether an Oslo calendar date lies in a period. Takes @db.Date values (UTC midnight) or strings. */
export function inDatePeriod(
  period: { fromDate: Date; toDate: Date | null } | DatePeriod,
  date: string,
): boolean {
  const { from, to } = "fromDate" in period ? fromDbDates(period) : period;
  return from <= date && (to === null || date < to);
}

/** A @db.Date pair (Prisma gives UTC midnight) as Oslo calendar date strings. */
export function fromDbDates(period: { fromDate: Date; toDate: Date | null }): DatePeriod {
  return {
    from: period.fromDate.toISOString().slice(0, 10),
    to: period.toDate ? period.toDate.toISOString().slice(0, 10) : null,
  };
}

/** The later of two "YYYY-MM-DD" dates (ISO dates compare as strings). */
export function laterDate(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}

/** The earlier of two end dates, where null means open-ended. */
export function earlierEnd(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null || a <= b) return a;
  return b;
}

/** The overlap of two periods, or null when they do not meet. */
export function intersect(a: DatePeriod, b: DatePeriod): DatePeriod | null {
  const from = laterDate(a.from, b.from);
  const to = earlierEnd(a.to, b.to);
  return to !== null && to <= from ? null : { from, to };
}

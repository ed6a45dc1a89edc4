// GDPR Art. 12(3) deadlines. A period "of one month" follows Regulation (EEC, Euratom) No 1182/71
// Art. 3(2)(c): it ends when the last hour of the day with the same date in the next month has
// passed, or of that month's last day when it has no such date (31 January → 28/29 February).
// Dates are Norwegian calendar dates (Europe/Oslo), whatever zone the server runs in.
import { RESPONSE_DEADLINE } from "./rights";

const OSLO_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

function osloParts(instant: Date): CalendarDate & { hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(
    OSLO_PARTS.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The Oslo calendar date an instant falls on. */
export function osloDate(instant: Date): CalendarDate {
  const { year, month, day } = osloParts(instant);
  return { year, month, day };
}

/** The instant Oslo's clocks show 00:00 on a date (never in a DST gap: Norway changes at 02:00/03:00). */
export function osloMidnight({ year, month, day }: CalendarDate): Date {
  const guess = Date.UTC(year, month - 1, day);
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const shown = osloParts(new Date(instant));
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
    instant += guess - shownUtc;
  }
  return new Date(instant);
}

/** The same date `months` later, or the last day of that month when it has no such date. */
export function addCalendarMonths({ year, month, day }: CalendarDate, months: number): CalendarDate {
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return { year: targetYear, month: targetMonth, day: Math.min(day, lastDay) };
}

/**
 * When a period of `months` months from `receivedAt` has run out: the end of its last day in Oslo,
 * stored as the first instant after it (00:00 Oslo time the next day).
 */
export function deadlineAfter(receivedAt: Date, months: number): Date {
  const last = addCalendarMonths(osloDate(receivedAt), months);
  const next = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
  return osloMidnight({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}

/** The answer is owed by this instant: one month after receipt. */
export function responseDueAt(receivedAt: Date): Date {
  return deadlineAfter(receivedAt, RESPONSE_DEADLINE.months);
}

/** The latest an extended request may be answered: two further months, three in all. */
export function extendedDueAt(receivedAt: Date): Date {
  return deadlineAfter(receivedAt, RESPONSE_DEADLINE.months + RESPONSE_DEADLINE.extendableByMonths);
}

/** The last day a deadline allows, for people: the Oslo date just before the stored instant. */
export function lastDayOf(deadline: Date): Date {
  return new Date(deadline.getTime() - 1);
}

// GDPR Art. 12(3) deadlines. A period "of one month" follows Regulation (EEC, Euratom) No 1182/71
// Art. 3(2)(c): it ends when the last hour of the day with the same date in the next month has
// passed, or of that month's last day when it has no such date (31 January → 28/29 February).
// Dates are Norwegian calendar dates (Europe/Oslo), whatever zone the server runs in.
import { addDays, addMonths, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import { RESPONSE_DEADLINE } from "./rights";

/**
 * When a period of `months` months from `receivedAt` has run out: the end of its last day in Oslo,
 * stored as the first instant after it (00:00 Oslo time the next day).
 */
export function deadlineAfter(receivedAt: Date, months: number): Date {
  return osloMidnight(addDays(addMonths(osloDate(receivedAt), months), 1));
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

/** "7. januar 2027": the last day a deadline allows, the one wording of every page and mail. */
export function deadlineText(deadline: Date): string {
  return osloDateLong(lastDayOf(deadline));
}

/** The answer is owed by this instant; an extension moves it. */
export function effectiveDueAt(request: { dueAt: Date; extendedDueAt: Date | null }): Date {
  return request.extendedDueAt ?? request.dueAt;
}

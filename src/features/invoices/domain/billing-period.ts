// The calendar of billing: a month in arrears ("2026-11": the dates [2026-11-01, 2026-12-01)), the issue
// and due dates, and why an invoice is held back.
import { addDays, addMonths, isCalendarDate } from "@/platform/time/oslo-calendar";

/** Payment terms: at least 14 days, and never before the 20th of the month the invoice is issued in. */
export const MIN_PAYMENT_DAYS = 14;
export const DUE_DAY_OF_MONTH = 20;

/** [from, to) Oslo dates of a "YYYY-MM" month, or null when it is not one. */
export function billingMonth(month: string): { from: string; to: string } | null {
  if (!/^\d{4}-\d{2}$/.test(month)) return null;
  const from = `${month}-01`;
  return isCalendarDate(from) ? { from, to: addMonths(from, 1) } : null;
}

/** A month can be billed once it is over: its last day is before `today` (Oslo). */
export function isMonthOver(month: string, today: string): boolean {
  const period = billingMonth(month);
  return period !== null && period.to <= today;
}

/** The month before the one `today` is in: what the monthly run bills. */
export function previousMonth(today: string): string {
  return addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The due date of an invoice issued on `issueDate` (Oslo): the 20th, or 14 days on, whichever is later. */
export function dueDateFor(issueDate: string): string {
  const twentieth = `${issueDate.slice(0, 8)}${DUE_DAY_OF_MONTH}`;
  const earliest = addDays(issueDate, MIN_PAYMENT_DAYS);
  return twentieth > earliest ? twentieth : earliest;
}

/** Why a contract's month is held back, in the words staff read on the run's page. */
export function heldReason(coverage: {
  expectedHours: number;
  coveredHours: number;
  unpricedKwh: string;
}): string | null {
  const missing = coverage.expectedHours - coverage.coveredHours;
  if (missing > 0) {
    return `Mangler målerverdier for ${formatHours(missing)} av ${formatHours(coverage.expectedHours)} timer i måneden.`;
  }
  if (Number(coverage.unpricedKwh) !== 0) return "Mangler spotpris for noe av forbruket i måneden.";
  return null;
}

function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(".", ",");
}

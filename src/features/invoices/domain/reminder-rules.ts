// Payment reminders as Norwegian law allows them, as dated data with their sources (like the state's
// figures in src/features/pricing/domain/rates.ts): the reminder fee (inkassoforskriften §§ 1-2 and 1-3)
// and late-payment interest (forsinkelsesrenteloven §§ 2 and 3). A rule holds from its date until the
// next entry of its list; an entry without a primary source found is `assumed` and shown as "antatt".
import { type DatedRate, rateOn } from "@/features/pricing";
import { addDays, daysBetween } from "@/platform/time/oslo-calendar";

/**
 * The most a reminder may charge, øre. Inkassoforskriften (FOR-1989-07-14-562) § 1-2 first paragraph:
 * a written reminder sent no earlier than 14 days after the due date, stating the claim's size and what
 * it is for, may charge "et beløp lik en tjuedel av inkassosatsen"; § 1-1: "Inkassosatsen er kr 700".
 * (The fraction was one tenth until 1 October 2020, when the fee went from 70 to 35 kroner.)
 */
export const REMINDER_FEE_CAP_ORE: readonly DatedRate<number>[] = [
  {
    from: "2020-10-01",
    value: 3_500,
    source:
      "Inkassoforskriften (FOR-1989-07-14-562) § 1-2 første ledd: en tjuedel av inkassosatsen, og § 1-1: inkassosatsen er 700 kr; endringen fra 70 til 35 kr gjelder krav med forfall fra 1. oktober 2020",
  },
];

/** Days after the due date before a reminder may charge a fee (inkassoforskriften § 1-2 first paragraph). */
export const FEE_EARLIEST_DAYS_AFTER_DUE = 14;

/** Fees per claim at most: two reminders (inkassoforskriften § 1-3). */
export const MAX_REMINDER_FEES = 2;

/**
 * The payment deadline a reminder gives, days. Inkassoforskriften § 1-3: a second fee only after the
 * debtor has let a deadline of at least 14 days in the first reminder pass.
 */
export const REMINDER_PAYMENT_DAYS = 14;

/**
 * When our job reminds (our choice within the law): the first reminder on the day the law allows its
 * fee, the second once the first reminder's deadline has passed, then no more: what follows a second
 * reminder is a collection notice, not this job.
 */
export const FIRST_REMINDER_DAYS_AFTER_DUE = FEE_EARLIEST_DAYS_AFTER_DUE;
export const MAX_REMINDERS = 2;

/**
 * Late-payment interest, basis points a year (1250 = 12.5 %). Forsinkelsesrenteloven § 3 first
 * paragraph: the Ministry of Finance sets it each half-year, from 1 January and 1 July, as Norges Bank's
 * policy rate on 1 January and 1 July plus at least 8 percentage points.
 */
export const LATE_INTEREST_BASIS_POINTS: readonly DatedRate<number>[] = [
  {
    from: "2024-07-01",
    value: 1_250,
    source:
      "Forsinkelsesrenteloven § 3: Norges Banks styringsrente 4,5 % per 1. juli 2024 pluss 8 prosentpoeng (forskrift FOR-2024-06-26-1320; satsen i den ikke funnet)",
    assumed: true,
  },
  {
    from: "2025-01-01",
    value: 1_250,
    source:
      "Forskrift om forsinkelsesrente og kompensasjon for inndrivelseskostnader (FOR-2024-12-19-3279) § 1: 12,5 prosent p.a. fra 1. januar 2025",
  },
  {
    from: "2025-07-01",
    value: 1_225,
    source:
      "Forsinkelsesrenteloven § 3: styringsrenten 4,25 % (fra 19. juni 2025) pluss 8 prosentpoeng; satt i forskrift FOR-2025-06-23-1321, men satsen i den er ikke funnet",
    assumed: true,
  },
  {
    from: "2026-01-01",
    value: 1_200,
    source:
      "Forsinkelsesrenteloven § 3: styringsrenten 4,0 % (fra september 2025) pluss 8 prosentpoeng; Finansdepartementets forskrift for første halvår 2026 er ikke funnet",
    assumed: true,
  },
  {
    from: "2026-07-01",
    value: 1_200,
    source:
      "Forsinkelsesrenteloven § 3: antatt uendret styringsrente pluss 8 prosentpoeng; Finansdepartementets forskrift for andre halvår 2026 er ikke funnet",
    assumed: true,
  },
];

/** Interest is counted per day over a year of 365 days (the usual Norwegian day count). */
export const INTEREST_DAYS_PER_YEAR = 365;

export interface ReminderRow {
  sequence: number;
  /** Oslo date the reminder was sent. */
  sentOn: string;
  feeOre: number;
  /** The new deadline it gave. */
  dueDate: string;
}

export interface PaymentRow {
  amountOre: number;
  /** Oslo date paid. */
  paidOn: string;
}

/** What is left of the invoice's amount after the payments matched to it, never below zero. */
export function outstandingOre(amountOre: number, payments: readonly PaymentRow[]): number {
  return Math.max(0, amountOre - payments.reduce((sum, payment) => sum + payment.amountOre, 0));
}

/**
 * The fee a reminder sent on `sentOn` may charge: none earlier than 14 days after the due date, none
 * once two have been charged, a second only after a deadline of at least 14 days in an earlier reminder
 * has passed, and never more than the cap in force when it is sent (§ 1-2 last paragraph).
 */
export function reminderFeeOre(dueDate: string, earlier: readonly ReminderRow[], sentOn: string): number {
  if (daysBetween(dueDate, sentOn) < FEE_EARLIEST_DAYS_AFTER_DUE) return 0;
  const charged = earlier.filter((reminder) => reminder.feeOre > 0);
  if (charged.length >= MAX_REMINDER_FEES) return 0;
  if (charged.length > 0) {
    const deadlinePassed = earlier.some(
      (reminder) =>
        daysBetween(reminder.sentOn, reminder.dueDate) >= REMINDER_PAYMENT_DAYS && reminder.dueDate < sentOn,
    );
    if (!deadlinePassed) return 0;
  }
  return rateOn(REMINDER_FEE_CAP_ORE, sentOn)?.value ?? 0;
}

export interface NextReminder {
  sequence: number;
  feeOre: number;
  dueDate: string;
}

/** The reminder due on `today` for an invoice, or null: paid, not yet late enough, or reminded enough. */
export function nextReminder(
  invoice: { amountOre: number; dueDate: string },
  reminders: readonly ReminderRow[],
  payments: readonly PaymentRow[],
  today: string,
): NextReminder | null {
  const paidByToday = payments.filter((payment) => payment.paidOn <= today);
  if (outstandingOre(invoice.amountOre, paidByToday) <= 0 || reminders.length >= MAX_REMINDERS) return null;
  const last = reminders.reduce<ReminderRow | null>((a, b) => (a && a.sequence > b.sequence ? a : b), null);
  const sendFrom = last ? addDays(last.dueDate, 1) : addDays(invoice.dueDate, FIRST_REMINDER_DAYS_AFTER_DUE);
  if (today < sendFrom) return null;
  return {
    sequence: (last?.sequence ?? 0) + 1,
    feeOre: reminderFeeOre(invoice.dueDate, reminders, today),
    dueDate: addDays(today, REMINDER_PAYMENT_DAYS),
  };
}

export interface InvoiceCharges {
  /** The reminder fees charged, øre. */
  feesOre: number;
  /** Late-payment interest accrued on the unpaid amount from the due date to today, øre, rounded once. */
  interestOre: number;
  /** Whether an assumed interest rate was used for some day. */
  assumedRate: boolean;
}

/** Half away from zero, once: numerator / denominator to whole øre. */
function roundDiv(numerator: bigint, denominator: bigint): number {
  const sign = numerator < 0n ? -1n : 1n;
  return Number((sign * (sign * numerator * 2n + denominator)) / (2n * denominator));
}

/**
 * Reminder fees and late-payment interest (forsinkelsesrenteloven § 2: from the due date until paid) for
 * an invoice on `today`. Each day after the due date up to and including today (or the day of a payment)
 * earns the day's rate on what was unpaid at its start; the sum is rounded to øre once.
 */
export function invoiceCharges(
  invoice: { amountOre: number; dueDate: string },
  reminders: readonly ReminderRow[],
  payments: readonly PaymentRow[],
  today: string,
): InvoiceCharges {
  const feesOre = reminders.reduce((sum, reminder) => sum + reminder.feeOre, 0);
  let scaled = 0n;
  let assumedRate = false;
  for (let day = addDays(invoice.dueDate, 1); day <= today; day = addDays(day, 1)) {
    const principal = outstandingOre(
      invoice.amountOre,
      payments.filter((payment) => payment.paidOn < day),
    );
    if (principal === 0) break;
    const rate = rateOn(LATE_INTEREST_BASIS_POINTS, day);
    if (!rate) continue;
    if (rate.assumed) assumedRate = true;
    scaled += BigInt(principal) * BigInt(rate.value);
  }
  return {
    feesOre,
    interestOre: roundDiv(scaled, 10_000n * BigInt(INTEREST_DAYS_PER_YEAR)),
    assumedRate,
  };
}

// Staff's side of invoicing: which months /admin/faktura offers, the run and credit-note forms, and the
// words of staff lists and an invoice's history.
import { z } from "zod";
import { monthName } from "@/features/consumption";
import { ZUuid } from "@/platform/identifiers/uuid";
import { addDays, addMonths, osloDate } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import { previousMonth } from "./billing-period";

/** Months offered on /admin/faktura, counting back from last month. */
export const BILLING_MONTHS_SHOWN = 24;
export const CREDIT_REASON_MAX_LENGTH = 500;
/** Invoices on the staff customer card, newest first; older ones are found by number on /admin/faktura. */
export const CARD_INVOICES_SHOWN = 36;

/** "2026-11". */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The months staff may choose on /admin/faktura, last month first. */
export function billingMonths(today: string, count = BILLING_MONTHS_SHOWN): string[] {
  const first = `${previousMonth(today)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(first, -i).slice(0, 7));
}

/** The month named by `?maned=`, if it is one of the months offered; else null. */
export function billingMonthChoice(value: unknown, today: string): string | null {
  return billingMonths(today).find((month) => month === value) ?? null;
}

/** A month to run billing for, "YYYY-MM" (the service refuses one that has not ended). */
export const ZBillingRun = z.object({
  month: z.string({ error: "Velg en måned." }).regex(MONTH, "Velg en måned fra listen."),
});

/** The "Finn faktura" field: an invoice number or a KID. */
export const INVOICE_REFERENCE_MAX_LENGTH = 40;

export const ZCreditInvoice = z.object({
  invoiceId: ZUuid,
  reason: z
    .string({ error: "Skriv hvorfor fakturaen krediteres." })
    .trim()
    .min(1, "Skriv hvorfor fakturaen krediteres.")
    .max(CREDIT_REASON_MAX_LENGTH, `Begrunnelsen kan være høyst ${CREDIT_REASON_MAX_LENGTH} tegn.`),
  confirm: z.literal("ja", { error: "Kryss av for at du vil kreditere hele fakturaen." }),
});

const HISTORY_WORDS = new Map<string, string>([
  ["invoice.view", "Åpnet av kundeservice"],
  ["billing.credit-note", "Kreditnota utstedt"],
]);

/** An audit action about an invoice, in words; an action without words shows as its code. */
export function invoiceHistoryText(action: string): string {
  return HISTORY_WORDS.get(action) ?? action;
}

/** A billed period of @db.Date values, both days included: "november 2026" for a whole month, else its first and last day. */
export function billedPeriodText(start: Date, end: Date): string {
  const first = osloDate(start);
  if (first.endsWith("-01") && osloDate(end) === addDays(addMonths(first, 1), -1)) {
    return monthName(first.slice(0, 7));
  }
  return `${osloDateLong(start)} – ${osloDateLong(end)}`;
}

/** What a staff list says beside an invoice's amount: a credit note, what credited it, its reminders. */
export function invoiceNoteText(row: {
  kind: "INVOICE" | "CREDIT_NOTE";
  creditNote: { invoiceNumber: number } | null;
  reminders: readonly unknown[];
}): string {
  if (row.kind === "CREDIT_NOTE") return "Kreditnota";
  const notes = [
    ...(row.creditNote ? [`kreditert av nr. ${row.creditNote.invoiceNumber}`] : []),
    ...(row.reminders.length === 1 ? ["1 purring"] : []),
    ...(row.reminders.length > 1 ? [`${row.reminders.length} purringer`] : []),
  ];
  const text = notes.join(", ");
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "–";
}

// An invoice's status, derived (the table has no status column): from the amount, what has been paid
// against it, its reminders (each may add a fee and set a new due date), whether a credit note credits it,
// and today's Oslo date. The amount still to pay is the invoice's amount plus the reminder fees less the
// payments; a payment beyond that is overpaid, and an invoice credited in full owes nothing.

export const INVOICE_STATUSES = [
  "unpaid",
  "partly-paid",
  "overdue",
  "reminded",
  "paid",
  "overpaid",
  "credited",
  "credit-note",
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  unpaid: "Ubetalt",
  "partly-paid": "Delvis betalt",
  overdue: "Forfalt",
  reminded: "Purret",
  paid: "Betalt",
  overpaid: "Overbetalt",
  credited: "Kreditert",
  "credit-note": "Kreditnota",
};

/** The statuses that leave something to pay. */
export const OPEN_STATUSES: ReadonlySet<InvoiceStatus> = new Set([
  "unpaid",
  "partly-paid",
  "overdue",
  "reminded",
]);

export interface InvoiceStatusInput {
  kind: "INVOICE" | "CREDIT_NOTE";
  amountOre: number;
  /** The invoice's due date, ISO ("2026-12-21"). */
  dueDate: string;
  /** The sum of the payments matched to the invoice, øre. */
  paidOre: number;
  reminders: readonly { feeOre: number; dueDate: string }[];
  /** A credit note credits this invoice (in full). */
  credited: boolean;
  /** Today's Oslo date, ISO. */
  today: string;
}

export interface InvoiceStatusResult {
  status: InvoiceStatus;
  /** What is left to pay (amount + reminder fees − payments), never below zero. */
  outstandingOre: number;
  /** Paid beyond what was owed (to be paid back or set off); 0 when not. */
  overpaidOre: number;
  /** The date the outstanding amount is due: the last reminder's, else the invoice's. */
  payBy: string;
}

export function invoiceStatus(input: InvoiceStatusInput): InvoiceStatusResult {
  const feesOre = input.reminders.reduce((sum, reminder) => sum + reminder.feeOre, 0);
  const last = input.reminders.reduce<string | null>(
    (latest, reminder) => (latest === null || reminder.dueDate > latest ? reminder.dueDate : latest),
    null,
  );
  const payBy = last ?? input.dueDate;
  const settled = (status: InvoiceStatus, overpaidOre: number) => ({
    status,
    outstandingOre: 0,
    overpaidOre,
    payBy,
  });
  // A credit note is a document to keep, not a claim; a credited invoice is owed no more (a payment
  // already made on it is money to give back).
  if (input.kind === "CREDIT_NOTE") return settled("credit-note", 0);
  if (input.credited) return settled("credited", Math.max(0, input.paidOre));
  const owedOre = input.amountOre + feesOre;
  if (input.paidOre > owedOre) return settled("overpaid", input.paidOre - owedOre);
  if (input.paidOre === owedOre) return settled("paid", 0);
  const outstandingOre = owedOre - input.paidOre;
  const status: InvoiceStatus =
    input.reminders.length > 0
      ? "reminded"
      : input.today > input.dueDate
        ? "overdue"
        : input.paidOre > 0
          ? "partly-paid"
          : "unpaid";
  return { status, outstandingOre, overpaidOre: 0, payBy };
}

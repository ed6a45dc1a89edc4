import "server-only";
// Invoices as customer service reads them: the rows of the staff customer card (read with the card, in
// its one statement) and an invoice found by its number or KID.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";

/** What a row of a customer's invoice list needs, as a relation select of Customer.invoices. */
export const STAFF_INVOICE_ROW_SELECT = {
  id: true,
  invoiceNumber: true,
  kind: true,
  periodStart: true,
  periodEnd: true,
  issuedAt: true,
  dueDate: true,
  amountOre: true,
  payments: { select: { amountOre: true } },
  reminders: { orderBy: { sequence: "asc" }, select: { feeOre: true, dueDate: true } },
  creditNote: { select: { id: true, invoiceNumber: true } },
} as const satisfies Prisma.InvoiceSelect;

type StaffInvoiceRowData = Prisma.InvoiceGetPayload<{ select: typeof STAFF_INVOICE_ROW_SELECT }>;

/** One invoice or credit note in a staff list: the facts its status follows from. */
export interface StaffInvoiceRow {
  id: string;
  invoiceNumber: number;
  kind: "INVOICE" | "CREDIT_NOTE";
  periodStart: Date;
  /** Exclusive: the last day billed is the day before. */
  periodEnd: Date;
  issuedAt: Date;
  dueDate: Date;
  amountOre: number;
  /** Payments matched to it, summed. */
  paidOre: number;
  /** Each reminder's fee and the new due date it set. */
  reminders: { feeOre: number; dueDate: Date }[];
  /** The credit note that credits it in full, if any. */
  creditNote: { id: string; invoiceNumber: number } | null;
}

export function staffInvoiceRow(row: StaffInvoiceRowData): StaffInvoiceRow {
  return {
    id: row.id,
    invoiceNumber: row.invoiceNumber,
    kind: row.kind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    issuedAt: row.issuedAt,
    dueDate: row.dueDate,
    amountOre: row.amountOre,
    paidOre: row.payments.reduce((sum, payment) => sum + payment.amountOre, 0),
    reminders: row.reminders,
    creditNote: row.creditNote,
  };
}

/** A customer's invoices for the staff card, newest first (relation select of Customer). */
export function customerInvoicesSelect(take: number) {
  return {
    orderBy: [{ issuedAt: "desc" }, { invoiceNumber: "desc" }],
    take,
    select: STAFF_INVOICE_ROW_SELECT,
  } as const satisfies Prisma.Customer$invoicesArgs;
}

/** Largest invoice number a Postgres int holds: a longer digit string can only be a KID. */
const MAX_INVOICE_NUMBER = 2_147_483_647;

/** An invoice number ("1234") or a KID, spaces allowed: the invoice's id, or null when nothing has it. */
export async function findInvoiceId(reference: string): Promise<string | null> {
  const digits = reference.replace(/\s+/g, "");
  if (!/^\d{1,25}$/.test(digits)) return null;
  const number = Number(digits);
  if (number >= 1 && number <= MAX_INVOICE_NUMBER) {
    const byNumber = await db.invoice.findUnique({ where: { invoiceNumber: number }, select: { id: true } });
    if (byNumber) return byNumber.id;
  }
  const byKid = await db.invoice.findUnique({ where: { kid: digits }, select: { id: true } });
  return byKid?.id ?? null;
}

import "server-only";
// The signed-in customer's invoices and credit notes: the list, one invoice with its lines, payments,
// reminders and credit note, and the next one to pay. Ownership is in every query (`customerId`), so
// another customer's invoice id answers null, like one that does not exist. Status is derived
// (invoice-status.ts) from the payments, reminders and credit note as of today's Oslo date.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDate } from "@/platform/time/oslo-calendar";
import { type InvoiceStatusResult, invoiceStatus, OPEN_STATUSES } from "../domain/invoice-status";

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** An invoice as the list shows it; calendar dates (@db.Date) at UTC midnight. */
export interface CustomerInvoiceSummary extends Omit<InvoiceStatusResult, "payBy"> {
  id: string;
  invoiceNumber: number;
  kind: "INVOICE" | "CREDIT_NOTE";
  periodStart: Date;
  /** The last day billed (inclusive). */
  periodEnd: Date;
  issuedAt: Date;
  dueDate: Date;
  /** The last reminder's due date, else the invoice's. */
  payBy: Date;
  amountOre: number;
  /** The KID to pay with; null for a credit note. */
  kid: string | null;
}

export interface CustomerInvoiceLine {
  position: number;
  description: string;
  /** Exact decimal strings ("312.4500", "52.345000"). */
  quantity: string;
  unit: string;
  unitPriceOre: string;
  netOre: number;
}

export interface CustomerInvoice extends CustomerInvoiceSummary {
  gsrn: string | null;
  deliveryAddress: string | null;
  buyer: { name: string; street: string; postalCode: string; city: string };
  netOre: number;
  vatOre: number;
  vatBasisPoints: number;
  paidOre: number;
  lines: CustomerInvoiceLine[];
  payments: { amountOre: number; paidOn: Date }[];
  reminders: { sequence: number; sentAt: Date; feeOre: number; dueDate: Date }[];
  /** The credit note that credits this invoice. */
  creditNote: { id: string; invoiceNumber: number } | null;
  /** For a credit note: the invoice it credits, and why. */
  credits: { id: string; invoiceNumber: number; reason: string | null } | null;
  /** For a corrected invoice: the credited invoice it replaces. */
  replaces: { id: string; invoiceNumber: number } | null;
}

const SUMMARY = {
  id: true,
  invoiceNumber: true,
  kind: true,
  periodStart: true,
  periodEnd: true,
  issuedAt: true,
  dueDate: true,
  amountOre: true,
  kid: true,
  payments: { select: { amountOre: true, paidOn: true }, orderBy: { paidOn: "asc" } },
  reminders: {
    select: { sequence: true, sentAt: true, feeOre: true, dueDate: true },
    orderBy: { sequence: "asc" },
  },
  creditNote: { select: { id: true, invoiceNumber: true } },
} satisfies Prisma.InvoiceSelect;

type SummaryRow = Prisma.InvoiceGetPayload<{ select: typeof SUMMARY }>;

function summaryOf(row: SummaryRow, today: string): CustomerInvoiceSummary {
  const { payBy, ...status } = invoiceStatus({
    kind: row.kind,
    amountOre: row.amountOre,
    dueDate: iso(row.dueDate),
    paidOre: row.payments.reduce((sum, payment) => sum + payment.amountOre, 0),
    reminders: row.reminders.map((reminder) => ({ feeOre: reminder.feeOre, dueDate: iso(reminder.dueDate) })),
    credited: row.creditNote !== null,
    today,
  });
  return {
    id: row.id,
    invoiceNumber: row.invoiceNumber,
    kind: row.kind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    issuedAt: row.issuedAt,
    dueDate: row.dueDate,
    payBy: new Date(`${payBy}T00:00:00Z`),
    amountOre: row.amountOre,
    kid: row.kid,
    ...status,
  };
}

/** The customer's invoices and credit notes, newest first. */
export async function listCustomerInvoices(
  customerId: string,
  now = new Date(),
): Promise<CustomerInvoiceSummary[]> {
  if (!isUuid(customerId)) return [];
  const rows = await db.invoice.findMany({
    where: { customerId },
    orderBy: [{ issuedAt: "desc" }, { invoiceNumber: "desc" }],
    select: SUMMARY,
  });
  const today = osloDate(now);
  return rows.map((row) => summaryOf(row, today));
}

/** The invoice with something left to pay that is due first, or null when nothing is owed. */
export async function nextInvoiceToPay(
  customerId: string,
  now = new Date(),
): Promise<CustomerInvoiceSummary | null> {
  const open = (await listCustomerInvoices(customerId, now)).filter((invoice) =>
    OPEN_STATUSES.has(invoice.status),
  );
  open.sort((a, b) => a.payBy.getTime() - b.payBy.getTime() || a.invoiceNumber - b.invoiceNumber);
  return open[0] ?? null;
}

/** One of the customer's own invoices in full, or null (none, or another customer's). */
export async function getCustomerInvoice(
  customerId: string,
  invoiceId: string,
  now = new Date(),
): Promise<CustomerInvoice | null> {
  if (!isUuid(customerId) || !isUuid(invoiceId)) return null;
  const row = await db.invoice.findFirst({
    where: { id: invoiceId, customerId },
    select: {
      ...SUMMARY,
      gsrn: true,
      deliveryAddress: true,
      buyerName: true,
      buyerStreet: true,
      buyerPostalCode: true,
      buyerCity: true,
      netOre: true,
      vatOre: true,
      vatBasisPoints: true,
      creditReason: true,
      lines: {
        select: {
          position: true,
          description: true,
          quantity: true,
          unit: true,
          unitPriceOre: true,
          netOre: true,
        },
        orderBy: { position: "asc" },
      },
      creditsInvoice: { select: { id: true, invoiceNumber: true } },
      replacesInvoice: { select: { id: true, invoiceNumber: true } },
    },
  });
  if (!row) return null;
  return {
    ...summaryOf(row, osloDate(now)),
    gsrn: row.gsrn,
    deliveryAddress: row.deliveryAddress,
    buyer: {
      name: row.buyerName,
      street: row.buyerStreet,
      postalCode: row.buyerPostalCode,
      city: row.buyerCity,
    },
    netOre: row.netOre,
    vatOre: row.vatOre,
    vatBasisPoints: row.vatBasisPoints,
    paidOre: row.payments.reduce((sum, payment) => sum + payment.amountOre, 0),
    lines: row.lines.map((line) => ({
      ...line,
      quantity: line.quantity.toString(),
      unitPriceOre: line.unitPriceOre.toString(),
    })),
    payments: row.payments,
    reminders: row.reminders,
    creditNote: row.creditNote,
    credits: row.creditsInvoice ? { ...row.creditsInvoice, reason: row.creditReason } : null,
    replaces: row.replacesInvoice,
  };
}

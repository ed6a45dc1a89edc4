import "server-only";
// One invoice or credit note as customer service sees it on /admin/faktura/[id]: everything it says, what
// was paid and reminded, the documents it is linked to, and its history in the audit log. Opening it is
// a look at the customer's data, audited with the reason "invoice".
import { writeAudit } from "@/features/audit/server";
import type { StaffSession } from "@/features/sign-in/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { CREDITED_INVOICE } from "./credit-note";

/** What the page shows: the audit row names these. */
const SHOWN = ["invoice", "buyer", "lines", "payments", "reminders", "history"] as const;
/** History entries shown, newest first. */
const HISTORY_SHOWN = 100;

const LINKED = { select: { id: true, invoiceNumber: true } } as const;

/** Everything a credit note copies of the invoice, and what staff see besides. */
const INVOICE_SELECT = {
  ...CREDITED_INVOICE,
  invoiceNumber: true,
  issuedAt: true,
  dueDate: true,
  kid: true,
  creditReason: true,
  creditsInvoice: LINKED,
  creditNote: LINKED,
  replacesInvoice: LINKED,
  replacement: LINKED,
  payments: {
    orderBy: [{ paidOn: "asc" }, { recordLine: "asc" }],
    select: { id: true, amountOre: true, paidOn: true, matchedAt: true, matchedByUserId: true },
  },
  reminders: {
    orderBy: { sequence: "asc" },
    select: { sequence: true, sentAt: true, feeOre: true, dueDate: true },
  },
} as const satisfies Prisma.InvoiceSelect;

type InvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof INVOICE_SELECT }>;

export interface InvoiceHistoryEntry {
  id: string;
  at: Date;
  action: string;
  actorRole: string;
  /** The staff member's name; null for the system and customers. */
  actorName: string | null;
}

/** The invoice in codes, numbers and dates; quantities and unit prices as decimal strings. */
export type StaffInvoiceView = Omit<InvoiceRow, "lines" | "customer"> & {
  customerNumber: number;
  lines: {
    position: number;
    description: string;
    quantity: string;
    unit: string;
    unitPriceOre: string;
    netOre: number;
  }[];
  paidOre: number;
  history: InvoiceHistoryEntry[];
};

/**
 * The invoice for a staff member, with the audit row of the look written in the same transaction; null
 * when no invoice has the id.
 */
export async function viewInvoiceAsStaff(
  staff: Pick<StaffSession, "userId" | "role">,
  invoiceId: string,
): Promise<StaffInvoiceView | null> {
  return db.$transaction(async (tx) => {
    const invoice = await tx.invoice.findUnique({ where: { id: invoiceId }, select: INVOICE_SELECT });
    if (!invoice) return null;
    const history = await invoiceHistory(tx, invoice);
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "invoice.view",
      subjectCustomerId: invoice.customerId,
      targetType: "Invoice",
      targetId: invoice.id,
      metadata: { reason: "invoice", shown: SHOWN },
    });
    const { lines, customer, ...rest } = invoice;
    return {
      ...rest,
      customerNumber: customer.customerNumber,
      lines: lines.map((line) => ({
        ...line,
        quantity: line.quantity.toString(),
        unitPriceOre: line.unitPriceOre.toString(),
      })),
      paidOre: invoice.payments.reduce((sum, payment) => sum + payment.amountOre, 0),
      history,
    };
  });
}

/** Audit entries about the invoice or a document linked to it (its credit note, replacement), newest first. */
async function invoiceHistory(
  tx: Prisma.TransactionClient,
  invoice: InvoiceRow,
): Promise<InvoiceHistoryEntry[]> {
  const linked = [invoice.creditNote, invoice.replacement, invoice.creditsInvoice, invoice.replacesInvoice];
  const ids = [invoice.id, ...linked.flatMap((other) => (other ? [other.id] : []))];
  const rows = await tx.auditLog.findMany({
    where: { targetType: "Invoice", targetId: { in: ids } },
    orderBy: { id: "desc" },
    take: HISTORY_SHOWN,
    select: { id: true, at: true, action: true, actorRole: true, actorUserId: true },
  });
  const staffIds = [...new Set(rows.flatMap((row) => (row.actorUserId ? [row.actorUserId] : [])))];
  const staff = staffIds.length
    ? await tx.user.findMany({
        where: { id: { in: staffIds }, role: { in: ["SUPPORT", "ADMIN"] } },
        select: { id: true, displayName: true },
      })
    : [];
  const names = new Map(staff.map((user) => [user.id, user.displayName]));
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    action: row.action,
    actorRole: row.actorRole,
    actorName: row.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
  }));
}

import "server-only";
// A credit note credits an invoice in full, never in part: the one way to correct an issued invoice
// (bokføringsforskriften; the database refuses to edit one). Staff issue one with a reason (the action
// checks that they may); the billing run issues one when readings were revised after invoicing.
import { writeAudit } from "@/features/audit/server";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDate } from "@/platform/time/oslo-calendar";
import { creditedAmounts, type InvoiceAmounts } from "../domain/invoice-lines";
import { type InvoiceParty, writeInvoice } from "./issue-invoice";
import { queueInvoiceIssued } from "./issued-queue";

export type CreditNoteResult =
  | { ok: true; creditNoteId: string }
  | { ok: false; reason: "not-found" | "already-credited" | "is-credit-note" };

/** What a credit note copies of the invoice it credits. */
export const CREDITED_INVOICE = {
  id: true,
  kind: true,
  customerId: true,
  contractId: true,
  gsrn: true,
  deliveryAddress: true,
  buyerName: true,
  buyerStreet: true,
  buyerPostalCode: true,
  buyerCity: true,
  periodStart: true,
  periodEnd: true,
  netOre: true,
  vatOre: true,
  amountOre: true,
  vatBasisPoints: true,
  customer: { select: { customerNumber: true } },
  creditNote: { select: { id: true } },
  lines: {
    orderBy: { position: "asc" },
    select: {
      position: true,
      description: true,
      quantity: true,
      unit: true,
      unitPriceOre: true,
      netOre: true,
    },
  },
} satisfies Prisma.InvoiceSelect;

export type CreditedInvoice = Prisma.InvoiceGetPayload<{ select: typeof CREDITED_INVOICE }>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The audit log's role of whoever started a run or a credit note: staff, or the system's job. */
export function auditRole(role: string | undefined): "ADMIN" | "SUPPORT" | "SYSTEM" {
  return role === "ADMIN" || role === "SUPPORT" ? role : "SYSTEM";
}

/** The invoice's own snapshot and amounts, as a credit note repeats them. */
export function invoiceParts(invoice: CreditedInvoice): { party: InvoiceParty; amounts: InvoiceAmounts } {
  return {
    party: {
      customerId: invoice.customerId,
      customerNumber: invoice.customer.customerNumber,
      contractId: invoice.contractId,
      gsrn: invoice.gsrn,
      deliveryAddress: invoice.deliveryAddress,
      buyerName: invoice.buyerName,
      buyerStreet: invoice.buyerStreet,
      buyerPostalCode: invoice.buyerPostalCode,
      buyerCity: invoice.buyerCity,
      periodStart: isoDate(invoice.periodStart),
      periodEnd: isoDate(invoice.periodEnd),
    },
    amounts: {
      lines: invoice.lines.map((line) => ({
        ...line,
        quantity: line.quantity.toString(),
        unit: line.unit === "dager" ? "dager" : "kWh",
        unitPriceOre: line.unitPriceOre.toString(),
      })),
      netOre: invoice.netOre,
      vatOre: invoice.vatOre,
      amountOre: invoice.amountOre,
      vatBasisPoints: invoice.vatBasisPoints,
    },
  };
}

/** Writes the credit note of `invoice` in `tx`; its id. */
export async function writeCreditNote(
  tx: Prisma.TransactionClient,
  invoice: CreditedInvoice,
  reason: string,
  now: Date,
): Promise<string> {
  const { party, amounts } = invoiceParts(invoice);
  const note = await writeInvoice(tx, {
    party,
    amounts: creditedAmounts(amounts),
    issuedAt: now,
    dueDate: osloDate(now),
    credits: { invoiceId: invoice.id, reason },
  });
  return note.id;
}

/** Credits an invoice in full for staff, with their reason; audited. */
export async function issueCreditNote(
  input: { invoiceId: string; reason: string; actor: { userId: string; role: string } },
  now = new Date(),
): Promise<CreditNoteResult> {
  if (!isUuid(input.invoiceId)) return { ok: false, reason: "not-found" };
  try {
    const result = await db.$transaction(async (tx): Promise<CreditNoteResult> => {
      const invoice = await tx.invoice.findUnique({
        where: { id: input.invoiceId },
        select: CREDITED_INVOICE,
      });
      if (!invoice) return { ok: false, reason: "not-found" };
      if (invoice.kind === "CREDIT_NOTE") return { ok: false, reason: "is-credit-note" };
      if (invoice.creditNote) return { ok: false, reason: "already-credited" };
      const creditNoteId = await writeCreditNote(tx, invoice, input.reason, now);
      await writeAudit(tx, {
        actorUserId: input.actor.userId,
        actorRole: auditRole(input.actor.role),
        action: "billing.credit-note",
        subjectCustomerId: invoice.customerId,
        targetType: "Invoice",
        targetId: invoice.id,
        metadata: { invoiceId: invoice.id, creditNoteId, cause: "staff" },
      });
      return { ok: true, creditNoteId };
    });
    if (result.ok) await queueInvoiceIssued([result.creditNoteId]);
    return result;
  } catch (error) {
    // Two at once: the second credit note of the same invoice breaks creditsInvoiceId's uniqueness.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "already-credited" };
    }
    throw error;
  }
}

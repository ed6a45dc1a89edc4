import "server-only";
// Writes one sales document (an invoice or a credit note) in the caller's transaction: its number from
// the one series (taken here, so a transaction that fails gives it back and leaves no gap), its KID, its
// lines. Once written it is never changed (a database trigger refuses UPDATE).
import type { Prisma } from "@/generated/prisma/client";
import { invoiceKid } from "@/platform/identifiers/kid";
import type { InvoiceAmounts } from "../domain/invoice-lines";
import { takeInvoiceNumbers } from "./invoice-series";

/** Who and what is billed, as they are when the document is issued (its snapshot). */
export interface InvoiceParty {
  customerId: string;
  customerNumber: number;
  contractId: string | null;
  gsrn: string | null;
  deliveryAddress: string | null;
  buyerName: string;
  buyerStreet: string;
  buyerPostalCode: string;
  buyerCity: string;
  /** Oslo dates; periodEnd is the last day billed (inclusive). */
  periodStart: string;
  periodEnd: string;
}

export interface InvoiceDocument {
  party: InvoiceParty;
  amounts: InvoiceAmounts;
  issuedAt: Date;
  /** Oslo date. */
  dueDate: string;
  credits?: { invoiceId: string; reason: string };
  replacesInvoiceId?: string;
}

const dateOnly = (date: string) => new Date(`${date}T00:00:00Z`);

/** Issues the document in `tx`; returns its id and number. */
export async function writeInvoice(
  tx: Prisma.TransactionClient,
  document: InvoiceDocument,
): Promise<{ id: string; invoiceNumber: number }> {
  const { party, amounts } = document;
  const invoiceNumber = await takeInvoiceNumbers(tx, 1);
  const creditNote = document.credits !== undefined;
  return tx.invoice.create({
    data: {
      invoiceNumber,
      kind: creditNote ? "CREDIT_NOTE" : "INVOICE",
      customerId: party.customerId,
      contractId: party.contractId,
      gsrn: party.gsrn,
      deliveryAddress: party.deliveryAddress,
      buyerName: party.buyerName,
      buyerStreet: party.buyerStreet,
      buyerPostalCode: party.buyerPostalCode,
      buyerCity: party.buyerCity,
      periodStart: dateOnly(party.periodStart),
      periodEnd: dateOnly(party.periodEnd),
      issuedAt: document.issuedAt,
      dueDate: dateOnly(document.dueDate),
      // A credit note is paid by nobody: it has no payment reference.
      kid: creditNote ? null : invoiceKid(party.customerNumber, invoiceNumber),
      netOre: amounts.netOre,
      vatOre: amounts.vatOre,
      amountOre: amounts.amountOre,
      vatBasisPoints: amounts.vatBasisPoints,
      creditsInvoiceId: document.credits?.invoiceId ?? null,
      creditReason: document.credits?.reason ?? null,
      replacesInvoiceId: document.replacesInvoiceId ?? null,
      lines: {
        createMany: {
          data: amounts.lines.map((line) => ({
            position: line.position,
            description: line.description,
            quantity: line.quantity,
            unit: line.unit,
            unitPriceOre: line.unitPriceOre,
            netOre: line.netOre,
          })),
        },
      },
    },
    select: { id: true, invoiceNumber: true },
  });
}

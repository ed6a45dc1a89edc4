import "server-only";
import type { Prisma } from "@/generated/prisma/client";
// The retention job's step for the bookkeeping documentation of sales (bokføringsloven § 13: primary
// documentation is kept five years after the end of its financial year): invoices and credit notes
// with their lines and reminders, and the payments from the bank. An invoice goes with everything
// that documents it, once the period has run out for all of it: a payment or reminder dated in a later
// year keeps its invoice until that year's period ends too, and a credit note or corrected invoice
// (which refer to it) goes before it. One transaction (the job's), so nothing is left half-deleted.
import { osloDate } from "@/platform/time/oslo-calendar";
import { type RetentionStep, required } from "./retention-step";

/** At most this many rounds of "documents nothing later refers to": credit note, then what it credited. */
const MAX_ROUNDS = 10;

async function deleteDueInvoices(tx: Prisma.TransactionClient, cutoff: Date): Promise<number> {
  // Date columns compare with the cut-off's Oslo date (a payment on 31 December belongs to that year).
  const before = new Date(osloDate(cutoff));
  let deleted = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const due = await tx.invoice.findMany({
      where: {
        issuedAt: { lt: cutoff },
        creditNote: { is: null },
        replacement: { is: null },
        payments: { none: { paidOn: { gte: before } } },
        reminders: { none: { sentAt: { gte: cutoff } } },
      },
      select: { id: true },
    });
    if (due.length === 0) break;
    const ids = due.map((invoice) => invoice.id);
    // Payments refer to their invoice (restrict): they go first. Lines and reminders cascade.
    await tx.payment.deleteMany({ where: { invoiceId: { in: ids } } });
    deleted += (await tx.invoice.deleteMany({ where: { id: { in: ids } } })).count;
  }
  return deleted;
}

export const INVOICE_STEPS: readonly RetentionStep[] = [
  {
    name: "accounting-invoices",
    fields: ["invoices", "payments"],
    description:
      "fakturaer og kreditnotaer med linjer, purringer og innbetalinger, fem år etter utgangen av regnskapsåret",
    run: async (tx, cutoff) => {
      const invoices = await deleteDueInvoices(tx, required(cutoff));
      const before = new Date(osloDate(required(cutoff)));
      // Payments nobody could match to an invoice are bookkeeping documentation of their own year.
      const unmatched = await tx.payment.deleteMany({ where: { invoiceId: null, paidOn: { lt: before } } });
      // A bank file's row goes when none of its payments is left.
      await tx.paymentImport.deleteMany({
        where: { importedAt: { lt: required(cutoff) }, payments: { none: {} } },
      });
      return invoices + unmatched.count;
    },
  },
];

import "server-only";
// Readings revised after an invoice was issued (ConsumptionReadingRevision: a superseded value, written
// by a trigger) make the invoice wrong: it is credited in full and the month issued anew, priced from the
// revised readings, the new invoice naming the one it replaces. Never an edited invoice.
import { writeAudit } from "@/features/audit/server";
import { formatScaled, parseScaled } from "@/features/pricing";
import { Prisma } from "@/generated/prisma/client";
import { logError } from "@/platform/log";
import { addMonths, osloDate } from "@/platform/time/oslo-calendar";
import { dueDateFor } from "../domain/billing-period";
import type { InvoiceAmounts } from "../domain/invoice-lines";
import type { BillingStore } from "./billing-store";
import { BILLED_CONTRACT, priceContractMonth } from "./contract-month";
import { CREDITED_INVOICE, type CreditedInvoice, invoiceParts, writeCreditNote } from "./credit-note";
import { writeInvoice } from "./issue-invoice";
import { queueInvoiceIssued } from "./issued-queue";

/** What a credit note after revised readings says. */
export const REVISED_READINGS_REASON = "Målerverdiene for perioden er rettet etter at fakturaen ble sendt.";

/** Invoices, not yet credited, of whose period a reading was revised after the invoice was issued. */
async function revisedInvoiceIds(store: BillingStore): Promise<string[]> {
  const rows = await store.sql.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT i."id"
    FROM "ConsumptionReadingRevision" r
    JOIN "Contract" c ON c."meteringPointId" = r."meteringPointId"
    JOIN "Invoice" i ON i."contractId" = c."id" AND i."kind" = 'INVOICE'
      AND r."supersededAt" > i."issuedAt"
      AND r."intervalStart" >= i."periodStart"::timestamp AT TIME ZONE 'Europe/Oslo'
      AND r."intervalStart" < (i."periodEnd" + 1)::timestamp AT TIME ZONE 'Europe/Oslo'
    WHERE NOT EXISTS (SELECT 1 FROM "Invoice" n WHERE n."creditsInvoiceId" = i."id")`;
  return rows.map((row) => row.id);
}

/** The same lines, kWh and amounts: a revision that changed nothing billed changes no invoice. */
function sameAmounts(a: InvoiceAmounts, b: InvoiceAmounts): boolean {
  const key = (amounts: InvoiceAmounts) =>
    JSON.stringify([
      amounts.netOre,
      amounts.vatOre,
      amounts.amountOre,
      amounts.lines.map((l) => [l.position, formatScaled(parseScaled(l.quantity), 4), l.netOre]),
    ]);
  return key(a) === key(b);
}

/** Credits and reissues every invoice whose readings were revised since; how many were reissued. */
export async function reissueRevisedInvoices(store: BillingStore, now: Date): Promise<number> {
  let reissued = 0;
  for (const invoiceId of await revisedInvoiceIds(store)) {
    try {
      if (await reissue(store, invoiceId, now)) reissued += 1;
    } catch (error) {
      if (store.nested) throw error;
      logError("billing.reissue", error);
    }
  }
  return reissued;
}

async function reissue(store: BillingStore, invoiceId: string, now: Date): Promise<boolean> {
  const original = await store.sql.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      ...CREDITED_INVOICE,
      contract: { select: BILLED_CONTRACT },
      billingItem: { select: { id: true } },
    },
  });
  if (!original.contract) return false;
  const from = original.periodStart.toISOString().slice(0, 8).concat("01");
  const priced = await priceContractMonth(original.contract, { from, to: addMonths(from, 1) }, store.sql);
  if (priced.kind !== "ready" || sameAmounts(priced.amounts, invoiceParts(original).amounts)) return false;
  const issued = await store
    .transaction(async (tx) => {
      const creditNoteId = await writeCreditNote(
        tx,
        original as CreditedInvoice,
        REVISED_READINGS_REASON,
        now,
      );
      const replacement = await writeInvoice(tx, {
        party: priced.party,
        amounts: priced.amounts,
        issuedAt: now,
        dueDate: dueDateFor(osloDate(now)),
        replacesInvoiceId: original.id,
      });
      if (original.billingItem) {
        await tx.billingItem.update({
          where: { id: original.billingItem.id },
          data: { invoiceId: replacement.id },
          select: { id: true },
        });
      }
      await writeAudit(tx, {
        actorUserId: null,
        actorRole: "SYSTEM",
        action: "billing.credit-note",
        subjectCustomerId: original.customerId,
        targetType: "Invoice",
        targetId: original.id,
        metadata: {
          invoiceId: original.id,
          creditNoteId,
          cause: "revised-readings",
          replacementId: replacement.id,
        },
      });
      return [creditNoteId, replacement.id];
    })
    .catch((error: unknown) => {
      // A concurrent run credited it first (creditsInvoiceId is unique): nothing more to do.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
      throw error;
    });
  if (!issued) return false;
  if (store.announce) await queueInvoiceIssued(issued);
  return true;
}

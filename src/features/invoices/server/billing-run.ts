import "server-only";
// The billing run: one invoice per contract and month in arrears, priced by the one cost function (as
// Forbruk prices the month), numbered from the one series in the transaction that issues it. Idempotent
// through BillingItem (unique contract × month): a run twice, or two at once, issue each month once. A
// month whose readings are not all in is held back with a reason and issued by a later run; invoices whose
// readings were revised after issue are credited and issued anew (revised-invoices.ts).
import { writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { logError } from "@/platform/log";
import { osloDate } from "@/platform/time/oslo-calendar";
import { billingMonth, dueDateFor, isMonthOver } from "../domain/billing-period";
import { claimBillingItem, holdBillingItem, recordIssued } from "./billing-items";
import { appStore, type BillingStore, storeWithin } from "./billing-store";
import { BILLED_CONTRACT, type BilledContract, priceContractMonth } from "./contract-month";
import { auditRole } from "./credit-note";
import { writeInvoice } from "./issue-invoice";
import { queueInvoiceIssued } from "./issued-queue";
import { reissueRevisedInvoices } from "./revised-invoices";

export interface BillingActor {
  userId: string;
  role: string;
}

export interface BillingRunResult {
  issued: number;
  held: number;
  alreadyDone: number;
}

type Outcome = "issued" | "held" | "already-done" | "nothing" | "failed";

const dateOnly = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Bills `month` ("2026-11") once it is over; a month not yet over, or not a month, bills nothing.
 * Revised readings of earlier invoices are handled by the same run.
 */
export function runBilling(
  month: string,
  options: { now?: Date; actor?: BillingActor } = {},
): Promise<BillingRunResult> {
  return billMonth(appStore(), month, options.now ?? new Date(), options.actor);
}

/** The demo seed's run, inside its transaction: the months' invoices commit with the seed. */
export function runBillingWithin(
  tx: Prisma.TransactionClient,
  month: string,
  now: Date,
): Promise<BillingRunResult> {
  return billMonth(storeWithin(tx), month, now, undefined);
}

async function billMonth(
  store: BillingStore,
  month: string,
  now: Date,
  actor: BillingActor | undefined,
): Promise<BillingRunResult> {
  const period = billingMonth(month);
  if (!period || !isMonthOver(month, osloDate(now))) return { issued: 0, held: 0, alreadyDone: 0 };
  const periodStart = dateOnly(period.from);
  const [contracts, issuedBefore] = await Promise.all([
    store.sql.contract.findMany({
      where: {
        startDate: { lt: dateOnly(period.to) },
        OR: [{ endDate: null }, { endDate: { gt: periodStart } }],
        billingItems: { none: { periodStart, status: "ISSUED" } },
      },
      orderBy: [{ customer: { customerNumber: "asc" } }, { startDate: "asc" }],
      select: BILLED_CONTRACT,
    }),
    store.sql.billingItem.count({ where: { periodStart, status: "ISSUED" } }),
  ]);
  const counts: Record<Outcome, number> = { issued: 0, held: 0, "already-done": 0, nothing: 0, failed: 0 };
  for (const contract of contracts) {
    counts[await billContract(store, contract, period, now)] += 1;
  }
  const reissued = await reissueRevisedInvoices(store, now);
  const result = {
    issued: counts.issued,
    held: counts.held,
    alreadyDone: issuedBefore + counts["already-done"],
  };
  await writeAudit(store.sql, {
    actorUserId: actor?.userId ?? null,
    actorRole: auditRole(actor?.role),
    action: "billing.run",
    metadata: { month, ...result, reissued, failed: counts.failed },
  });
  return result;
}

/** Issues or holds back one contract's month, each in a transaction of its own. */
async function billContract(
  store: BillingStore,
  contract: BilledContract,
  period: { from: string; to: string },
  now: Date,
): Promise<Outcome> {
  try {
    const priced = await priceContractMonth(contract, period, store.sql);
    if (priced.kind === "nothing") return "nothing";
    if (priced.kind === "held") {
      const held = await holdBillingItem(store.sql, contract.id, period.from, priced.reason);
      return held ? "held" : "already-done";
    }
    const invoiceId = await store.transaction(async (tx) => {
      const itemId = await claimBillingItem(tx, contract.id, period.from);
      if (!itemId) return null;
      const invoice = await writeInvoice(tx, {
        party: priced.party,
        amounts: priced.amounts,
        issuedAt: now,
        dueDate: dueDateFor(osloDate(now)),
      });
      await recordIssued(tx, itemId, invoice.id);
      return invoice.id;
    });
    if (!invoiceId) return "already-done";
    if (store.announce) await queueInvoiceIssued([invoiceId]);
    return "issued";
  } catch (error) {
    if (store.nested) throw error;
    // One contract's failure (its transaction rolled back, its number given back) keeps no other
    // customer's invoice back: it is logged, counted in the run's audit row and tried again next run.
    logError("billing.contract", error);
    return "failed";
  }
}

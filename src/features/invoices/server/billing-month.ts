import "server-only";
// What the billing run decided for one month, as /admin/faktura shows it: the invoices issued (how many,
// how much) and every contract held back with the reason. The held list shows customer numbers, so
// reading it is a look at those customers' data: one audit row per customer, with the reason "invoice".
import { listedCustomerEntries, writeAuditRows } from "@/features/audit/server";
import type { StaffSession } from "@/features/sign-in/server";
import { db } from "@/platform/db";

/** Held contracts listed at most; a month with more says so. */
export const HELD_SHOWN = 500;

export interface HeldContract {
  contractId: string;
  customerId: string;
  customerNumber: number;
  gsrn: string;
  /** The run's code for why (readings missing); null if it gave none. */
  reason: string | null;
  /** When the run last decided it. */
  decidedAt: Date;
}

export interface BillingMonthSummary {
  month: string;
  issued: { count: number; netOre: number; vatOre: number; amountOre: number };
  held: HeldContract[];
  heldTotal: number;
}

/** The month's run as it stands ("2026-11"); nothing run yet is zero issued, none held. */
export async function billingMonthSummary(
  staff: Pick<StaffSession, "userId" | "role">,
  month: string,
): Promise<BillingMonthSummary> {
  const periodStart = new Date(`${month}-01T00:00:00Z`);
  const [issued, heldTotal, held] = await Promise.all([
    db.invoice.aggregate({
      where: { billingItem: { is: { periodStart, status: "ISSUED" } } },
      _count: { _all: true },
      _sum: { netOre: true, vatOre: true, amountOre: true },
    }),
    db.billingItem.count({ where: { periodStart, status: "HELD" } }),
    db.billingItem.findMany({
      where: { periodStart, status: "HELD" },
      orderBy: { contract: { customer: { customerNumber: "asc" } } },
      take: HELD_SHOWN,
      select: {
        contractId: true,
        reason: true,
        updatedAt: true,
        contract: {
          select: {
            customerId: true,
            customer: { select: { customerNumber: true } },
            meteringPoint: { select: { gsrn: true } },
          },
        },
      },
    }),
  ]);
  const rows = held.map((item) => ({
    contractId: item.contractId,
    customerId: item.contract.customerId,
    customerNumber: item.contract.customer.customerNumber,
    gsrn: item.contract.meteringPoint.gsrn,
    reason: item.reason,
    decidedAt: item.updatedAt,
  }));
  await writeAuditRows(
    db,
    listedCustomerEntries(
      staff,
      "billing.held.list",
      rows.map((row) => row.customerId),
      { reason: "invoice", shown: ["customer-number", "gsrn", "billing-status"] },
    ),
  );
  return {
    month,
    issued: {
      count: issued._count._all,
      netOre: issued._sum.netOre ?? 0,
      vatOre: issued._sum.vatOre ?? 0,
      amountOre: issued._sum.amountOre ?? 0,
    },
    held: rows,
    heldTotal,
  };
}

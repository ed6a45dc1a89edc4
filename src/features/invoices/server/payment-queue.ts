import "server-only";
// What staff see of payments from the bank (/admin/faktura/innbetalinger): the latest files read in,
// and the payments whose KID matched no invoice, oldest first, for someone to assign.
import { db } from "@/platform/db";

export const UNMATCHED_SHOWN = 200;
export const IMPORTS_SHOWN = 20;

export async function listPaymentImports() {
  const rows = await db.paymentImport.findMany({
    orderBy: { importedAt: "desc" },
    take: IMPORTS_SHOWN,
    select: {
      id: true,
      fileName: true,
      importedAt: true,
      importedByUserId: true,
      paymentCount: true,
      totalOre: true,
      _count: { select: { payments: { where: { invoiceId: null } } } },
    },
  });
  return rows.map(({ _count, totalOre, ...row }) => ({
    ...row,
    totalOre: Number(totalOre),
    unmatched: _count.payments,
    fromBank: row.importedByUserId === null,
  }));
}

export async function listUnmatchedPayments() {
  const [payments, total] = await Promise.all([
    db.payment.findMany({
      where: { invoiceId: null },
      orderBy: [{ paidOn: "asc" }, { recordLine: "asc" }],
      take: UNMATCHED_SHOWN,
      select: {
        id: true,
        kid: true,
        amountOre: true,
        paidOn: true,
        payerAccount: true,
        bankReference: true,
        import: { select: { fileName: true } },
      },
    }),
    db.payment.count({ where: { invoiceId: null } }),
  ]);
  return { payments, total };
}

// The bank's side of the demo: one OCR giro file, written as the bank writes it and read in by the same
// import as the bank job and the staff upload, that pays every demo invoice due more than 45 days ago in
// full (two days before its due date) and Ola's latest of those by half, so Faktura shows paid, partly
// paid and unpaid invoices, and the reminder job has the recent ones left to remind.
import { PAYMENT_ACCOUNT } from "@/features/invoices";
import { importPaymentFileWithin } from "@/features/invoices/server";
import type { Prisma } from "@/generated/prisma/client";
import { writeOcrGiro } from "@/platform/bank/ocr-giro/write-ocr";
import { addDays, osloDate } from "@/platform/time/oslo-calendar";

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** Invoices due this many days before the seed's day are paid; the later ones are left to remind. */
export const PAID_BEFORE_DAYS = 45;

/** Returns the number of payments the file recorded. */
export async function payFromBankFile(
  tx: Prisma.TransactionClient,
  now: Date,
  partlyPaidCustomerId: string,
): Promise<number> {
  const invoices = await tx.invoice.findMany({
    where: {
      kind: "INVOICE",
      kid: { not: null },
      dueDate: { lt: new Date(addDays(osloDate(now), -PAID_BEFORE_DAYS)) },
    },
    orderBy: { dueDate: "desc" },
    select: { customerId: true, kid: true, amountOre: true, dueDate: true },
  });
  const partly = invoices.find((invoice) => invoice.customerId === partlyPaidCustomerId);
  const payments = invoices.map((invoice) => ({
    kid: invoice.kid ?? "",
    amountOre: invoice === partly ? Math.round(invoice.amountOre / 2) : invoice.amountOre,
    paidOn: addDays(iso(invoice.dueDate), -2),
  }));
  if (payments.length === 0) return 0;
  const content = writeOcrGiro({
    netsDate: osloDate(now),
    assignments: [{ account: PAYMENT_ACCOUNT, payments }],
  });
  const result = await importPaymentFileWithin(
    tx,
    { fileName: "demo-ocr-giro.txt", content },
    { source: "bank" },
    now,
  );
  return result.ok ? payments.length : 0;
}

// bench:billing's OCR part: writes an OCR giro file of 10,000 KID payments (the KIDs of invoices in the
// database where there are some, cycled; synthetic ones where there are none) and times reading it in
// with the import the bank job and the staff upload use (parse, match by KID, insert, audit, in one
// transaction). Goal: ≤ 10 s. Checked: every payment recorded, and matched as many as had an invoice.
// The caller has pointed DATABASE_URL at the bench database and migrated it before calling.
import { performance } from "node:perf_hooks";
import { checkCount } from "../lib/bench-check";

const PAYMENTS = 10_000;
const GOAL_MS = 10_000;

export async function benchOcrImport(): Promise<void> {
  const { db } = await import("@/platform/db");
  const { writeOcrGiro } = await import("@/platform/bank/ocr-giro/write-ocr");
  const { importPaymentFile } = await import("@/features/invoices/server");

  const invoices = await db.invoice.findMany({
    where: { kid: { not: null }, kind: "INVOICE" },
    select: { kid: true, amountOre: true },
    orderBy: { invoiceNumber: "desc" },
    take: PAYMENTS,
  });
  const payments = Array.from({ length: PAYMENTS }, (_, i) => {
    const invoice = invoices[i % Math.max(1, invoices.length)];
    return {
      kid: invoice?.kid ?? String(900_000_000 + i),
      // Some in full, some in part, some too much: all are recorded alike.
      amountOre: Math.max(1, (invoice?.amountOre ?? 50_000) + ((i % 3) - 1) * 1_000),
      paidOn: "2026-11-20",
      debitAccount: String(12_000_000_000 + i),
    };
  });
  const transmission = String(Date.now() % 10_000_000);
  const content = writeOcrGiro({
    netsDate: "2026-11-21",
    transmissionNumber: transmission,
    assignments: [{ account: "15030012345", payments }],
  });

  const started = performance.now();
  const result = await importPaymentFile(
    { fileName: `bench-${transmission}.txt`, content },
    { source: "bank" },
  );
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`The bench file was refused: ${result.message}`);

  console.log(
    `OCR import: ${PAYMENTS.toLocaleString("en")} payments (${(content.length / 1e6).toFixed(1)} MB)`,
  );
  console.log(
    `  ${(ms / 1000).toFixed(2)} s in total, ${(ms / PAYMENTS).toFixed(3)} ms per payment (goal ≤ ${GOAL_MS / 1000} s)`,
  );
  console.log(
    `  ${result.matched.toLocaleString("en")} matched by KID to ${invoices.length.toLocaleString("en")} invoices, ${result.unmatched.toLocaleString("en")} to the staff queue`,
  );
  checkCount("payments recorded", result.payments, PAYMENTS);
  if (invoices.length > 0) checkCount("payments matched by KID", result.matched, PAYMENTS);
  else checkCount("payments queued (no invoices to match)", result.unmatched, PAYMENTS);
}

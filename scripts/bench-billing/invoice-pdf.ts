// Part of npm run bench:billing: the PDF of stored invoices, rendered one after another as the PDF route
// does (the invoice read from the database, then laid out), p50 and p95. Goal: p95 ≤ 200 ms. Run after
// the billing run has issued the month's invoices, with the app's modules already pointed at the bench
// database. Checked beside the figures: every invoice asked for gave a PDF.
import { performance } from "node:perf_hooks";
import { checkCount, loadAverage } from "../lib/bench-check";

const RENDERS = 200;
const GOAL_MS = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function benchInvoicePdf(): Promise<void> {
  const { db } = await import("@/platform/db");
  const { invoicePdf } = await import("@/features/invoices/server");
  const invoices = await db.invoice.findMany({
    where: { kind: "INVOICE" },
    orderBy: { invoiceNumber: "desc" },
    take: RENDERS,
    select: { id: true },
  });
  // One render first, outside the figures: pdfkit reads its font metrics on first use.
  if (invoices[0]) await invoicePdf(invoices[0].id);
  const times: number[] = [];
  let rendered = 0;
  let bytes = 0;
  for (const { id } of invoices) {
    const started = performance.now();
    const pdf = await invoicePdf(id);
    times.push(performance.now() - started);
    if (pdf) {
      rendered++;
      bytes += pdf.content.length;
    }
  }
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const p95 = percentile(times, 95);
  console.log(`\nInvoice PDF, ${invoices.length} stored invoices rendered one at a time (${loadAverage()})`);
  checkCount("invoices rendered to a PDF", rendered, Math.min(RENDERS, invoices.length));
  console.log(
    `  p50 ${ms(percentile(times, 50))}   p95 ${ms(p95)}   mean size ${Math.round(bytes / Math.max(1, rendered) / 1024)} KiB`,
  );
  console.log(`  p95 ${ms(p95)}: ${p95 <= GOAL_MS ? "within" : "OVER"} the ${GOAL_MS} ms goal`);
}

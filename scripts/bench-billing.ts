// npm run bench:billing (PostgreSQL: DATABASE_URL=postgresql://…): the billing run for one month over the
// generated data of bench:consumption, then the PDF of the invoices it issued, then an OCR giro file of
// 10,000 payments read in against them. Each part prints its figures beside its goal and checks its counts.

import { benchBillingRun } from "./bench-billing/billing-run";
import { benchInvoicePdf } from "./bench-billing/invoice-pdf";
import { benchOcrImport } from "./bench-billing/ocr-import";
import { exitOnBenchFailure } from "./lib/bench-check";

exitOnBenchFailure("bench:billing");
await benchBillingRun({ keepOpen: true });
await benchInvoicePdf();
await benchOcrImport();
const { databaseConnection } = await import("@/platform/db");
await databaseConnection().close();
process.exit(0);

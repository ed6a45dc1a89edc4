import "server-only";
// After a document has committed: the job that tells the customer (INVOICE_ISSUED_JOB). A queue that
// fails is logged; the invoice stands.
import { enqueueJob } from "@/platform/jobs/job-queue";
import { INVOICE_ISSUED_JOB } from "@/platform/jobs/queued-jobs";
import { logError } from "@/platform/log";

export async function queueInvoiceIssued(invoiceIds: readonly string[]): Promise<void> {
  for (const invoiceId of invoiceIds) {
    await enqueueJob(INVOICE_ISSUED_JOB, { invoiceId }, { singletonKey: invoiceId }).catch(
      (error: unknown) => {
        logError("billing.issued-enqueue", error);
      },
    );
  }
}

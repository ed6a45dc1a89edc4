import "server-only";
// After a document has committed: the job that tells the customer (INVOICE_ISSUED_JOB), and a push for a
// customer who chose one. The push is queued here, beside the mail's job, not in it: that job is retried
// until the mail goes, and would send the push again each time. A queue that fails is logged; the
// invoice stands.
import { notifyInvoiceIssued } from "@/features/notifications/server";
import { db } from "@/platform/db";
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
  await pushInvoicesIssued(invoiceIds).catch((error: unknown) => {
    logError("billing.issued-push", error);
  });
}

async function pushInvoicesIssued(invoiceIds: readonly string[]) {
  const invoices = await db.invoice.findMany({
    where: { id: { in: [...invoiceIds] } },
    select: { id: true, customerId: true, kind: true },
  });
  for (const invoice of invoices) {
    await notifyInvoiceIssued(invoice.customerId, invoice.id, invoice.kind === "CREDIT_NOTE");
  }
}

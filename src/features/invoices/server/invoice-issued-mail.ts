import "server-only";
// The job after an invoice or credit note is issued: a mail to the customer with a link to it on Min side.
// The mail names no amount, date or KID (a mail is read by whoever opens the inbox; the page needs a
// login). Thrown when the mail fails, so the queue sends it again; the invoice is already committed.
import { z } from "zod";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { ZUuid } from "@/platform/identifiers/uuid";
import { INVOICE_ISSUED_JOB } from "@/platform/jobs/queued-jobs";
import { sendMailOnce } from "@/platform/mail/mail-once";
import type { MailOptions } from "@/platform/mail/mailer";
import { invoiceIssuedMail } from "@/platform/mail/templates";

const ZInvoiceIssued = z.object({ invoiceId: ZUuid });

export type InvoiceIssuedMailResult =
  | { ok: true }
  | { ok: false; reason: "bad-payload" | "not-found" | "no-address" };

/** The address of the invoice's own page on Min side. */
export function invoicePageUrl(invoiceId: string): string {
  return `${env().APP_URL}/min-side/faktura/${invoiceId}`;
}

/** The job; its mail goes once for the job `jobId` however often it runs. */
export async function sendInvoiceIssuedMail(
  data: unknown,
  jobId: string,
  options: MailOptions = {},
): Promise<InvoiceIssuedMailResult> {
  const payload = ZInvoiceIssued.safeParse(data);
  if (!payload.success) return { ok: false, reason: "bad-payload" };
  const invoice = await db.invoice.findUnique({
    where: { id: payload.data.invoiceId },
    select: {
      id: true,
      kind: true,
      customer: { select: { email: true, user: { select: { email: true } } } },
    },
  });
  if (!invoice) return { ok: false, reason: "not-found" };
  const to = invoice.customer.email ?? invoice.customer.user?.email;
  if (!to) return { ok: false, reason: "no-address" };
  const mail = invoiceIssuedMail({
    link: invoicePageUrl(invoice.id),
    creditNote: invoice.kind === "CREDIT_NOTE",
  });
  await sendMailOnce(`${INVOICE_ISSUED_JOB}:${jobId}`, { to, ...mail }, options);
  return { ok: true };
}

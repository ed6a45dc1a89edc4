import "server-only";
// The customer's invoices and credit notes as Faktura lists them, with the KID and where the invoice and
// its PDF are on Min side (those pages want the customer signed in, not a token).
import { listCustomerInvoices } from "@/features/invoices/server";
import { osloIsoString } from "@/platform/time/oslo-calendar";
import { parseQuery, ZNoQuery } from "../domain/query";
import type { InvoiceList } from "../domain/schemas/invoices";
import { apiJson, badQuery } from "./responses";

/** A @db.Date (UTC midnight) as its calendar date. */
const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

export async function readInvoices(customerId: string, now = new Date()): Promise<InvoiceList> {
  const invoices = await listCustomerInvoices(customerId, now);
  return {
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      invoiceNumber: invoice.invoiceNumber,
      kind: invoice.kind,
      status: invoice.status,
      periodStart: calendarDate(invoice.periodStart),
      periodEnd: calendarDate(invoice.periodEnd),
      issuedAt: osloIsoString(invoice.issuedAt),
      dueDate: calendarDate(invoice.dueDate),
      payBy: calendarDate(invoice.payBy),
      amountOre: invoice.amountOre,
      outstandingOre: invoice.outstandingOre,
      overpaidOre: invoice.overpaidOre,
      kid: invoice.kid,
      pageUrl: `/min-side/faktura/${invoice.id}`,
      pdfUrl: `/min-side/faktura/${invoice.id}/faktura.pdf`,
    })),
  };
}

export async function invoicesResponse(customerId: string, search: URLSearchParams): Promise<Response> {
  const query = parseQuery(ZNoQuery, search);
  if (!query.ok) return badQuery(query.detail);
  return apiJson(await readInvoices(customerId));
}

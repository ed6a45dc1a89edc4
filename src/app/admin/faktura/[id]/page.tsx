import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OpenFromHere } from "@/features/customers/ui";
import { viewInvoiceAsStaff } from "@/features/invoices/server";
import { requireStaff } from "@/features/sign-in/routes";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { isUuid } from "@/platform/identifiers/uuid";
import { Card } from "@/ui/card";
import { CreditInvoiceForm } from "./credit-form";
import { InvoiceFacts, LinkedDocuments } from "./invoice-facts";
import { HistoryCard, LinesCard, PaymentsCard, RemindersCard } from "./invoice-tables";

export const metadata: Metadata = { title: "Faktura" };

const H2 = "mb-3 text-xl font-semibold text-slate-900";

/** One invoice or credit note for staff: what it says, what was paid and reminded, and its history. */
export default async function StaffInvoicePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  // Opening it is an audited look at the customer's data: not on another site's say-so.
  if (!(await requestedFromOwnSite())) return <OpenFromHere title="Faktura" href={`/admin/faktura/${id}`} />;
  const invoice = await viewInvoiceAsStaff(staff, id);
  if (!invoice) notFound();
  const credited = (await searchParams).kreditert === "1" && invoice.creditNote;
  const title = `${invoice.kind === "CREDIT_NOTE" ? "Kreditnota" : "Faktura"} ${invoice.invoiceNumber}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/admin/faktura" className="font-medium text-brand-700 underline hover:no-underline">
            Fakturering
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
        {credited && (
          <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            Fakturaen er kreditert med kreditnota {credited.invoiceNumber}.
          </p>
        )}
      </header>
      <InvoiceFacts invoice={invoice} />
      <LinkedDocuments invoice={invoice} />
      <LinesCard invoice={invoice} />
      <PaymentsCard payments={invoice.payments} />
      <RemindersCard reminders={invoice.reminders} />
      {invoice.kind === "INVOICE" && !invoice.creditNote && (
        <Card aria-labelledby="krediter-tittel">
          <h2 id="krediter-tittel" className={H2}>
            Krediter fakturaen
          </h2>
          {staff.role === "ADMIN" ? (
            <div className="max-w-xl space-y-4">
              <p className="text-slate-700">
                En kreditnota opphever hele fakturaen. Fakturaen selv endres aldri; skal kunden ha en riktig
                faktura, lages den som en ny faktura.
              </p>
              <CreditInvoiceForm invoiceId={invoice.id} invoiceNumber={invoice.invoiceNumber} />
            </div>
          ) : (
            <p role="note" className="text-slate-700">
              Bare administratorer kan kreditere en faktura.
            </p>
          )}
        </Card>
      )}
      <HistoryCard history={invoice.history} />
    </div>
  );
}

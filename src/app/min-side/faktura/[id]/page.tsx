import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { billedMonthName, documentTitle, forbrukMonthHref, GRID_SCHEMES_NOTE } from "@/features/invoices";
import { type CustomerInvoice, getCustomerInvoice } from "@/features/invoices/server";
import {
  InvoiceHistory,
  InvoiceLines,
  InvoiceStatusBadge,
  PaymentDetails,
  ReminderLines,
} from "@/features/invoices/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { kronerText } from "@/platform/format/display";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDate } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import { DetailRow } from "@/ui/detail-row";
import { CalendarDate } from "@/ui/time-text";

export const metadata: Metadata = { title: "Faktura" };

const LINK = "font-medium text-brand-700 underline hover:no-underline";

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireCustomer(isUuid(id) ? `/min-side/faktura/${id}` : "/min-side/faktura");
  const invoice = await getCustomerInvoice(session.customerId, id);
  if (!invoice) notFound();
  const month = billedMonthName(invoice.periodStart);
  const payable = invoice.kind === "INVOICE" && invoice.outstandingOre > 0;
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/min-side/faktura" className={LINK}>
          Alle fakturaene
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-slate-900">{documentTitle(invoice)}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <span>Strøm i {month}</span>
          <InvoiceStatusBadge status={invoice.status} />
        </p>
      </header>
      <Summary invoice={invoice} />
      {payable && <PaymentDetails invoice={invoice} />}
      <InvoiceLines invoice={invoice} />
      {invoice.kind === "INVOICE" && <Charges invoice={invoice} />}
      {invoice.kind === "INVOICE" && <InvoiceHistory invoice={invoice} />}
      <Card aria-labelledby="forbruk-tittel">
        <h2 id="forbruk-tittel" className="text-xl font-semibold text-slate-900">
          Sjekk beløpet mot forbruket ditt
        </h2>
        <p className="mt-2 text-slate-700">
          Fakturabeløpet er det samme som «Fra Klarkraft» for {month} på Forbruk-siden, der du ser forbruket
          og prisen time for time. {GRID_SCHEMES_NOTE}
        </p>
        <p className="mt-3">
          <Link href={forbrukMonthHref(invoice.periodStart)} className={LINK}>
            Se forbruket i {month}
          </Link>
        </p>
      </Card>
    </div>
  );
}

function Summary({ invoice }: { invoice: CustomerInvoice }) {
  const credit = invoice.kind === "CREDIT_NOTE";
  return (
    <Card aria-labelledby="oppsummering-tittel">
      <h2 id="oppsummering-tittel" className="text-xl font-semibold text-slate-900">
        {credit ? "Kreditnotaen" : "Fakturaen"}
      </h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <DetailRow label={credit ? "Kreditert beløp" : "Fakturabeløp"}>
          <span className="tabular-nums">{kronerText(invoice.amountOre)}</span>
        </DetailRow>
        {!credit && (
          <DetailRow label="Gjenstår å betale">
            <span className="tabular-nums">{kronerText(invoice.outstandingOre)}</span>
          </DetailRow>
        )}
        {!credit && (
          <DetailRow label="Forfallsdato">
            <CalendarDate date={invoice.payBy} />
          </DetailRow>
        )}
        <DetailRow label="Fakturadato">
          <CalendarDate date={invoice.issuedAt} />
        </DetailRow>
        <DetailRow label="Leveringsperiode">
          <CalendarDate date={invoice.periodStart} /> – <CalendarDate date={invoice.periodEnd} />
        </DetailRow>
        {invoice.gsrn && <DetailRow label="Målepunkt-ID">{invoice.gsrn}</DetailRow>}
        {invoice.deliveryAddress && <DetailRow label="Leveringsadresse">{invoice.deliveryAddress}</DetailRow>}
        {invoice.credits && (
          <DetailRow label="Krediterer">
            <Link href={`/min-side/faktura/${invoice.credits.id}`} className={LINK}>
              Faktura {invoice.credits.invoiceNumber}
            </Link>
            {invoice.credits.reason && <span className="block font-normal">{invoice.credits.reason}</span>}
          </DetailRow>
        )}
        {invoice.creditNote && (
          <DetailRow label="Kreditert av">
            <Link href={`/min-side/faktura/${invoice.creditNote.id}`} className={LINK}>
              Kreditnota {invoice.creditNote.invoiceNumber}
            </Link>
          </DetailRow>
        )}
        {invoice.replaces && (
          <DetailRow label="Erstatter">
            <Link href={`/min-side/faktura/${invoice.replaces.id}`} className={LINK}>
              Faktura {invoice.replaces.invoiceNumber}
            </Link>
          </DetailRow>
        )}
      </dl>
      <p className="mt-3">
        <a href={`/min-side/faktura/${invoice.id}/faktura.pdf`} className={LINK}>
          Last ned {credit ? "kreditnotaen" : "fakturaen"} som PDF
        </a>
      </p>
    </Card>
  );
}

/** Reminder fees and late-payment interest, from the stored reminders and payments as of today. */
function Charges({ invoice }: { invoice: CustomerInvoice }) {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return (
    <ReminderLines
      invoice={{ amountOre: invoice.amountOre, dueDate: day(invoice.dueDate) }}
      reminders={invoice.reminders.map((r) => ({
        sequence: r.sequence,
        sentOn: osloDate(r.sentAt),
        feeOre: r.feeOre,
        dueDate: day(r.dueDate),
      }))}
      payments={invoice.payments.map((p) => ({ amountOre: p.amountOre, paidOn: day(p.paidOn) }))}
      today={osloDate(new Date())}
    />
  );
}

import Link from "next/link";
import { billedPeriodText } from "@/features/invoices";
import type { StaffInvoiceView } from "@/features/invoices/server";
import { kronerText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { DetailRow } from "@/ui/detail-row";
import { DigitGroups } from "@/ui/digit-groups";
import { CalendarDate, InstantText } from "@/ui/time-text";

const H2 = "mb-3 text-xl font-semibold text-slate-900";
const LINK = "font-medium text-brand-700 underline hover:no-underline";

/** "25 %" from 2500 basis points; "0 %" for an exempt invoice. */
function vatRateText(basisPoints: number): string {
  return `${basisPoints / 100} %`.replace(".", ",");
}

/** The invoice's own facts: buyer as billed, delivery, dates, KID and amounts. */
export function InvoiceFacts({ invoice }: { invoice: StaffInvoiceView }) {
  return (
    <Card aria-labelledby="faktura-tittel">
      <h2 id="faktura-tittel" className={H2}>
        Fakturaen
      </h2>
      <dl className="divide-y divide-slate-200">
        <DetailRow label="Kunde">
          <Link href={`/admin/kunder/${invoice.customerId}?grunn=invoice`} className={LINK}>
            Kundenummer {invoice.customerNumber}
          </Link>
        </DetailRow>
        <DetailRow label="Kjøper">
          {invoice.buyerName}, {invoice.buyerStreet}, {invoice.buyerPostalCode} {invoice.buyerCity}
        </DetailRow>
        <DetailRow label="Leveringsadresse">{invoice.deliveryAddress ?? "–"}</DetailRow>
        <DetailRow label="Målepunkt-ID">
          {invoice.gsrn ? <DigitGroups value={invoice.gsrn} /> : "–"}
        </DetailRow>
        <DetailRow label="Periode">{billedPeriodText(invoice.periodStart, invoice.periodEnd)}</DetailRow>
        <DetailRow label="Utstedt">
          <InstantText at={invoice.issuedAt} />
        </DetailRow>
        <DetailRow label="Forfall">
          <CalendarDate date={invoice.dueDate} />
        </DetailRow>
        <DetailRow label="KID">{invoice.kid ? <DigitGroups value={invoice.kid} size={4} /> : "–"}</DetailRow>
        <DetailRow label="Sum uten mva.">{kronerText(invoice.netOre)}</DetailRow>
        <DetailRow label={`Mva. ${vatRateText(invoice.vatBasisPoints)}`}>
          {kronerText(invoice.vatOre)}
        </DetailRow>
        <DetailRow label={invoice.kind === "CREDIT_NOTE" ? "Kreditert beløp" : "Å betale"}>
          {kronerText(invoice.amountOre)}
        </DetailRow>
        <DetailRow label="Innbetalt">{kronerText(invoice.paidOre)}</DetailRow>
      </dl>
    </Card>
  );
}

/** The credit note that credits it, the invoice a credit note credits, and replacements either way. */
export function LinkedDocuments({ invoice }: { invoice: StaffInvoiceView }) {
  const links = [
    invoice.creditNote && {
      label: "Kreditert av",
      text: `Kreditnota ${invoice.creditNote.invoiceNumber}`,
      ...invoice.creditNote,
    },
    invoice.creditsInvoice && {
      label: "Krediterer",
      text: `Faktura ${invoice.creditsInvoice.invoiceNumber}`,
      ...invoice.creditsInvoice,
    },
    invoice.replacement && {
      label: "Erstattet av",
      text: `Faktura ${invoice.replacement.invoiceNumber}`,
      ...invoice.replacement,
    },
    invoice.replacesInvoice && {
      label: "Erstatter",
      text: `Faktura ${invoice.replacesInvoice.invoiceNumber}`,
      ...invoice.replacesInvoice,
    },
  ].filter((link) => !!link);
  if (links.length === 0 && !invoice.creditReason) return null;
  return (
    <Card aria-labelledby="koblet-tittel">
      <h2 id="koblet-tittel" className={H2}>
        Kreditering og erstatning
      </h2>
      <dl className="divide-y divide-slate-200">
        {links.map((link) => (
          <DetailRow key={link.id} label={link.label}>
            <Link href={`/admin/faktura/${link.id}`} className={LINK}>
              {link.text}
            </Link>
          </DetailRow>
        ))}
        {invoice.creditReason && (
          <DetailRow label="Grunn til krediteringen">{invoice.creditReason}</DetailRow>
        )}
      </dl>
    </Card>
  );
}

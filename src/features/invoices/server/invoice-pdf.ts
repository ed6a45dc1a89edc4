import "server-only";
// The invoice (or credit note) as a PDF, made on demand from the stored invoice alone: the seller with
// organisation number, "MVA" and Foretaksregisteret, the buyer, number and dates, the delivery period and
// metering point, every line, the VAT summary, the amount, due date, account and KID
// (bokføringsforskriften § 5-1-1). Nothing that changes later (payments, reminders) is on it, and the
// document's date and ID come from the issue, so the same invoice always gives the same bytes.
import { SELLER, SELLER_ADDRESS } from "@/features/terms";
import { db } from "@/platform/db";
import { kronerText } from "@/platform/format/display";
import { isUuid } from "@/platform/identifiers/uuid";
import { PdfWriter } from "@/platform/pdf/pdf-writer";
import { osloDateLong } from "@/platform/time/oslo-time";
import { GRID_SCHEMES_NOTE } from "../domain/invoice-lines";
import {
  accountNumberText,
  documentTitle,
  organisationNumberText,
  quantityText,
  unitPriceText,
  vatRateText,
} from "../domain/invoice-words";

export interface InvoicePdf {
  filename: string;
  content: Uint8Array;
}

async function loadInvoice(where: { id: string; customerId?: string }) {
  return db.invoice.findFirst({
    where,
    select: {
      invoiceNumber: true,
      kind: true,
      gsrn: true,
      deliveryAddress: true,
      buyerName: true,
      buyerStreet: true,
      buyerPostalCode: true,
      buyerCity: true,
      periodStart: true,
      periodEnd: true,
      issuedAt: true,
      dueDate: true,
      kid: true,
      netOre: true,
      vatOre: true,
      amountOre: true,
      vatBasisPoints: true,
      creditReason: true,
      creditsInvoice: { select: { invoiceNumber: true } },
      replacesInvoice: { select: { invoiceNumber: true } },
      lines: {
        orderBy: { position: "asc" },
        select: { description: true, quantity: true, unit: true, unitPriceOre: true, netOre: true },
      },
    },
  });
}

type StoredInvoice = NonNullable<Awaited<ReturnType<typeof loadInvoice>>>;

/** The PDF of the invoice with this id, or null when there is none. Callers check who may have it. */
export async function invoicePdf(invoiceId: string): Promise<InvoicePdf | null> {
  if (!isUuid(invoiceId)) return null;
  const invoice = await loadInvoice({ id: invoiceId });
  return invoice ? renderInvoice(invoice) : null;
}

/** The PDF of one of the customer's own invoices; another customer's is null, like one that does not exist. */
export async function customerInvoicePdf(customerId: string, invoiceId: string): Promise<InvoicePdf | null> {
  if (!isUuid(customerId) || !isUuid(invoiceId)) return null;
  const invoice = await loadInvoice({ id: invoiceId, customerId });
  return invoice ? renderInvoice(invoice) : null;
}

export async function renderInvoice(invoice: StoredInvoice): Promise<InvoicePdf> {
  const title = documentTitle({ ...invoice, credits: invoice.creditsInvoice });
  const content = await PdfWriter.render(
    { title, author: SELLER.name, createdAt: invoice.issuedAt },
    (pdf) => {
      pdf.title(title);
      partiesPart(pdf, invoice);
      linesPart(pdf, invoice);
      if (invoice.kind === "INVOICE") paymentPart(pdf, invoice);
      pdf.small(GRID_SCHEMES_NOTE);
    },
  );
  const name = invoice.kind === "CREDIT_NOTE" ? "kreditnota" : "faktura";
  return { filename: `klarkraft-${name}-${invoice.invoiceNumber}.pdf`, content };
}

const day = (date: Date) => osloDateLong(date);

function partiesPart(pdf: PdfWriter, invoice: StoredInvoice) {
  pdf
    .row("Selger", SELLER_ADDRESS)
    .row("Organisasjonsnummer", `${organisationNumberText()}, Foretaksregisteret`)
    .row("E-post", SELLER.email)
    .row("Kunde", invoice.buyerName)
    .row("Kundens adresse", `${invoice.buyerStreet}, ${invoice.buyerPostalCode} ${invoice.buyerCity}`)
    .heading(invoice.kind === "CREDIT_NOTE" ? "Kreditnotaen" : "Fakturaen")
    .row(invoice.kind === "CREDIT_NOTE" ? "Kreditnotanummer" : "Fakturanummer", String(invoice.invoiceNumber))
    .row(invoice.kind === "CREDIT_NOTE" ? "Dato" : "Fakturadato", day(invoice.issuedAt));
  if (invoice.creditsInvoice) {
    pdf.row("Krediterer faktura", String(invoice.creditsInvoice.invoiceNumber));
    if (invoice.creditReason) pdf.row("Årsak", invoice.creditReason);
  }
  if (invoice.replacesInvoice) pdf.row("Erstatter faktura", String(invoice.replacesInvoice.invoiceNumber));
  pdf.row("Leveringsperiode", `${day(invoice.periodStart)} – ${day(invoice.periodEnd)}`);
  if (invoice.gsrn) pdf.row("Målepunkt-ID", invoice.gsrn);
  if (invoice.deliveryAddress) pdf.row("Leveringsadresse", invoice.deliveryAddress);
}

const right = (text: string) => ({ text, align: "right" as const });

function linesPart(pdf: PdfWriter, invoice: StoredInvoice) {
  pdf.heading("Linjer");
  pdf.table(
    ["Beskrivelse", right("Mengde"), right("Pris uten mva"), right("Beløp uten mva")],
    invoice.lines.map((line) => [
      line.description,
      right(quantityText(line.quantity.toString(), line.unit)),
      right(unitPriceText(line.unitPriceOre.toString(), line.unit)),
      right(kronerText(line.netOre)),
    ]),
    [205, 85, 100, 93],
  );
  pdf.heading("Merverdiavgift");
  pdf.table(
    ["Mva-sats", right("Grunnlag"), right("Mva"), right("Sum med mva")],
    [
      [
        vatRateText(invoice.vatBasisPoints),
        right(kronerText(invoice.netOre)),
        right(kronerText(invoice.vatOre)),
        right(kronerText(invoice.amountOre)),
      ],
      [
        "Totalt",
        right(kronerText(invoice.netOre)),
        right(kronerText(invoice.vatOre)),
        right(kronerText(invoice.amountOre)),
      ],
    ],
    [205, 85, 100, 93],
  );
  pdf.row(invoice.kind === "CREDIT_NOTE" ? "Kreditert beløp" : "Å betale", kronerText(invoice.amountOre));
}

function paymentPart(pdf: PdfWriter, invoice: StoredInvoice) {
  pdf
    .heading("Betaling")
    .row("Beløp", kronerText(invoice.amountOre))
    .row("Forfallsdato", day(invoice.dueDate))
    .row("Kontonummer", accountNumberText());
  if (invoice.kid) pdf.row("KID", invoice.kid);
  pdf.paragraph(
    `Betal med KID, så blir betalingen registrert på fakturaen. Betalingen må være på kontoen vår senest ${day(invoice.dueDate)}.`,
  );
}

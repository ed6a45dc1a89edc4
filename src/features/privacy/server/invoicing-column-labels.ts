import "server-only";
// Norwegian names of the invoicing tables' columns, for the readable access copy (column-labels.ts
// holds the rest): the invoices, their lines and reminders, the payments, and the months billed.
import type { ScalarFields } from "./personal-data-columns";

type Labels<M extends keyof ScalarFields> = { [C in ScalarFields[M]]?: string };

export const INVOICING_COLUMN_LABELS: {
  Invoice: Labels<"Invoice">;
  InvoiceLine: Labels<"InvoiceLine">;
  Reminder: Labels<"Reminder">;
  Payment: Labels<"Payment">;
  BillingItem: Labels<"BillingItem">;
} = {
  Invoice: {
    invoiceNumber: "Fakturanummer",
    buyerName: "Kjøper",
    buyerStreet: "Kjøpers adresse",
    buyerPostalCode: "Postnummer",
    buyerCity: "Poststed",
    periodStart: "Periode fra",
    periodEnd: "Periode til",
    issuedAt: "Utstedt",
    dueDate: "Forfall",
    amountOre: "Beløp (øre)",
    vatOre: "Merverdiavgift (øre)",
    kind: "Type",
    gsrn: "Målepunkt-ID",
    deliveryAddress: "Leveringsadresse",
    kid: "KID",
    netOre: "Beløp uten mva (øre)",
    vatBasisPoints: "Mva-sats (hundredels prosent)",
    creditReason: "Grunn til kreditering",
  },
  InvoiceLine: {
    position: "Linje",
    description: "Beskrivelse",
    quantity: "Mengde",
    unit: "Enhet",
    unitPriceOre: "Pris per enhet (øre)",
    netOre: "Beløp uten mva (øre)",
  },
  Reminder: {
    sequence: "Purring nummer",
    sentAt: "Sendt",
    feeOre: "Purregebyr (øre)",
    dueDate: "Ny betalingsfrist",
  },
  Payment: {
    kid: "KID",
    amountOre: "Beløp (øre)",
    paidOn: "Betalt",
    payerAccount: "Betalt fra konto",
    bankReference: "Bankens referanse",
    matchedAt: "Koblet til fakturaen",
    matchedByUserId: "Koblet av",
  },
  BillingItem: {
    periodStart: "Måned",
    status: "Fakturert eller holdt tilbake",
    reason: "Grunn til at fakturaen ble holdt tilbake",
  },
};

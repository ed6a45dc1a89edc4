import "server-only";

// Payments from the bank (OCR giro): import, the bank job, the staff queue.
export { type AssignPaymentResult, assignPayment } from "./assign-payment";
// Issuing (billing run, credit notes)
export type { BillingActor, BillingRunResult } from "./billing-run";
export { runBilling, runBillingWithin } from "./billing-run";
export type { CreditNoteResult } from "./credit-note";
export { issueCreditNote } from "./credit-note";
// The customer's side: their invoices, the PDF and the mail when one is issued.
export type {
  CustomerInvoice,
  CustomerInvoiceLine,
  CustomerInvoiceSummary,
} from "./customer-invoices";
export { getCustomerInvoice, listCustomerInvoices, nextInvoiceToPay } from "./customer-invoices";
export { type BankFetchSummary, importNewBankFiles } from "./fetch-bank-files";
export {
  fileSha256,
  importPaymentFile,
  type PaymentImportActor,
  type PaymentImportResult,
} from "./import-payments";
export type { InvoiceIssuedMailResult } from "./invoice-issued-mail";
export { sendInvoiceIssuedMail } from "./invoice-issued-mail";
export type { InvoicePdf } from "./invoice-pdf";
export { customerInvoicePdf, invoicePdf } from "./invoice-pdf";
export { takeInvoiceNumbers } from "./invoice-series";
export { IMPORTS_SHOWN, listPaymentImports, listUnmatchedPayments, UNMATCHED_SHOWN } from "./payment-queue";
export { runScheduledBilling } from "./scheduled-billing";

import "server-only";

// Payments from the bank (OCR giro): import, the bank job, the staff queue.
export { type AssignPaymentResult, assignPayment } from "./assign-payment";
export type { BillingMonthSummary, HeldContract } from "./billing-month";
export { billingMonthSummary, HELD_SHOWN } from "./billing-month";
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
  importPaymentFileWithin,
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
// Reminders: the daily run that sends them.
export type { ReminderRunResult } from "./send-reminders";
export { sendReminders } from "./send-reminders";
export type { BillingRunOutcome } from "./staff-billing";
export { creditInvoiceAsStaff, runBillingAsStaff } from "./staff-billing";
export type { InvoiceHistoryEntry, StaffInvoiceView } from "./staff-invoice-view";
export { viewInvoiceAsStaff } from "./staff-invoice-view";
export type { StaffInvoiceRow } from "./staff-invoices";
export { customerInvoicesSelect, findInvoiceId, staffInvoiceRow } from "./staff-invoices";

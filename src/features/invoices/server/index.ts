import "server-only";

// Payments from the bank (OCR giro): import, the bank job, the staff queue.
export { type AssignPaymentResult, assignPayment } from "./assign-payment";
// Issuing (billing run, credit notes)
export type { BillingActor, BillingRunResult } from "./billing-run";
export { runBilling, runBillingWithin } from "./billing-run";
export type { CreditNoteResult } from "./credit-note";
export { issueCreditNote } from "./credit-note";
export { type BankFetchSummary, importNewBankFiles } from "./fetch-bank-files";
export {
  fileSha256,
  importPaymentFile,
  type PaymentImportActor,
  type PaymentImportResult,
} from "./import-payments";
export { takeInvoiceNumbers } from "./invoice-series";
export { IMPORTS_SHOWN, listPaymentImports, listUnmatchedPayments, UNMATCHED_SHOWN } from "./payment-queue";
export { runScheduledBilling } from "./scheduled-billing";
// Reminders: the daily run that sends them.
export type { ReminderRunResult } from "./send-reminders";
export { sendReminders } from "./send-reminders";

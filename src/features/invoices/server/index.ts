import "server-only";

// Issuing (billing run, credit notes)
export type { BillingActor, BillingRunResult } from "./billing-run";
export { runBilling, runBillingWithin } from "./billing-run";
export type { CreditNoteResult } from "./credit-note";
export { issueCreditNote } from "./credit-note";
export { takeInvoiceNumbers } from "./invoice-series";
export { runScheduledBilling } from "./scheduled-billing";

// Reminders: the daily run that sends them.
export type { ReminderRunResult } from "./send-reminders";
export { sendReminders } from "./send-reminders";

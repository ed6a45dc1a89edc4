import "server-only";

export { takeInvoiceNumbers } from "./invoice-series";

// Reminders: the daily run that sends them.
export type { ReminderRunResult } from "./send-reminders";
export { sendReminders } from "./send-reminders";

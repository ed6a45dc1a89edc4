// The customer's side of invoices: the list, the invoice's parts and Oversikt's card.
export { InvoiceHistory } from "./invoice-history";
export { InvoiceLines } from "./invoice-lines";
export { InvoiceList } from "./invoice-list";
export { InvoiceStatusBadge } from "./invoice-status-badge";
export { NextInvoiceCard } from "./next-invoice-card";
export { PaymentDetails } from "./payment-details";
// Reminders: fees and late-payment interest on the invoice page.
export { ReminderLines, type ReminderLinesProps } from "./reminder-lines";

// Invoicing's pure rules: what a page or a mail may show without the database.

// Issuing (billing run, credit notes)
export {
  billingMonth,
  DUE_DAY_OF_MONTH,
  dueDateFor,
  isMonthOver,
  MIN_PAYMENT_DAYS,
  previousMonth,
} from "./domain/billing-period";
export type { InvoiceAmounts, InvoiceLineDraft } from "./domain/invoice-lines";
export { GRID_SCHEMES_NOTE } from "./domain/invoice-lines";
// The customer's side: an invoice's derived status and its words.
export type { InvoiceStatus, InvoiceStatusInput, InvoiceStatusResult } from "./domain/invoice-status";
export {
  INVOICE_STATUS_LABELS,
  INVOICE_STATUSES,
  invoiceStatus,
  OPEN_STATUSES,
} from "./domain/invoice-status";
export {
  accountNumberText,
  billedMonthName,
  documentTitle,
  forbrukMonthHref,
  PAYMENT_ACCOUNT,
} from "./domain/invoice-words";
// Payments from the bank: the staff forms.
export {
  MAX_PAYMENT_FILE_BYTES,
  MAX_PAYMENT_FILE_NAME_LENGTH,
  ZAssignPayment,
  ZPaymentFileUpload,
} from "./domain/payments";
// Reminders: the law's fee rules and late-payment interest, dated and sourced.
export type { InvoiceCharges, NextReminder, PaymentRow, ReminderRow } from "./domain/reminder-rules";
export {
  FEE_EARLIEST_DAYS_AFTER_DUE,
  invoiceCharges,
  LATE_INTEREST_BASIS_POINTS,
  MAX_REMINDER_FEES,
  nextReminder,
  outstandingOre,
  REMINDER_FEE_CAP_ORE,
  REMINDER_PAYMENT_DAYS,
  reminderFeeOre,
} from "./domain/reminder-rules";
// Staff: /admin/faktura
export {
  billedPeriodText,
  billingMonthChoice,
  billingMonths,
  CARD_INVOICES_SHOWN,
  CREDIT_REASON_MAX_LENGTH,
  INVOICE_REFERENCE_MAX_LENGTH,
  invoiceHistoryText,
  invoiceNoteText,
  ZBillingRun,
  ZCreditInvoice,
} from "./domain/staff-billing";

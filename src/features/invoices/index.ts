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

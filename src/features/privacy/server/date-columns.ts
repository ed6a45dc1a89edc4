import "server-only";
// Which columns of the access copy are calendar dates rather than instants.

/** Calendar-date columns (@db.Date): shown and exported as a date, never as an instant. */
export const DATE_COLUMNS: ReadonlySet<string> = new Set([
  "Contract.startDate",
  "Contract.endDate",
  "Contract.fixedUntil",
  "Invoice.periodStart",
  "Invoice.periodEnd",
  "Invoice.dueDate",
  "Reminder.dueDate",
  "Payment.paidOn",
  "BillingItem.periodStart",
  "SupplyPeriod.fromDate",
  "SupplyPeriod.toDate",
  "SupplyPeriod.historyFromDate",
  "NorgesprisPeriod.fromDate",
  "NorgesprisPeriod.toDate",
  "ConsumptionHour.osloDate",
  "MonthCost.month",
  "ConsumptionMonthVersion.month",
  "SpotPriceDay.osloDate",
  "CreditReviewCase.answerDueDate",
  "NotificationPreference.tomorrowPricesSentFor",
  "NotificationPreference.priceAlertSentFor",
]);

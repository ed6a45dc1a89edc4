// Reminders: fees and late-payment interest on the invoice page.
export { ReminderLines, type ReminderLinesProps } from "./reminder-lines";

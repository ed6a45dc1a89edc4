import "server-only";
import {
  importLatestSpotPrices,
  importYesterdaysReadings,
  warmMonthCosts,
} from "@/features/consumption/server";
import { updateContractStatuses } from "@/features/contracts/server";
import { importNewBankFiles, runScheduledBilling, sendReminders } from "@/features/invoices/server";
import { notifyTomorrowsPrices } from "@/features/notifications/server";
import { runRetention } from "@/features/privacy/server";
import { purgeExpiredAuthData } from "@/features/sign-in/server";
import { purgeMailDeliveries } from "@/platform/mail/mail-once";

export interface RecurringJob {
  name: string;
  /** Cron in Europe/Oslo time. */
  cron: string;
  run(): Promise<unknown>;
}

export const recurringJobs: RecurringJob[] = [
  { name: "purge-expired-auth-data", cron: "17 * * * *", run: () => purgeExpiredAuthData() },
  // The records that keep a job's mail from going twice, once no retry of the job can come.
  { name: "purge-mail-deliveries", cron: "23 4 * * *", run: () => purgeMailDeliveries() },
  // The privacy register's retention rules (P21), consent records' among them.
  { name: "privacy-retention", cron: "41 3 * * *", run: () => runRetention() },
  // Tomorrow's day-ahead prices are published from about 13:00; later runs catch a late publication.
  { name: "import-spot-prices", cron: "20 13,14,16 * * *", run: () => importLatestSpotPrices() },
  // Fifteen minutes after each import: tomorrow's prices and price alerts, once an area's day is complete
  // (a customer hears of each once a day, however often this runs).
  { name: "notify-tomorrows-prices", cron: "35 13,14,16 * * *", run: () => notifyTomorrowsPrices() },
  // Elhub has yesterday's values from about 09:00; the second run fills in what was late.
  { name: "import-yesterdays-readings", cron: "30 9,12 * * *", run: () => importYesterdaysReadings() },
  // Every customer's closed months priced and stored once the day's readings and revisions are in, so
  // that Forbruk's year views read them instead of a year of hours (warm-month-costs.ts).
  { name: "warm-month-costs", cron: "50 12 * * *", run: () => warmMonthCosts() },
  // A contract starts and ends on its dates; the first minutes of that Oslo day make it so.
  { name: "update-contract-statuses", cron: "5 0 * * *", run: () => updateContractStatuses() },
  // The billing run: the previous month once the 1st's readings are in (after 09:30 and 12:30), then
  // daily for invoices held back for late readings and for readings revised after invoicing.
  { name: "billing-run", cron: "15 13 * * *", run: () => runScheduledBilling() },
  // Payment reminders for invoices unpaid after their due date, within inkassoforskriften's rules.
  { name: "send-payment-reminders", cron: "0 8 * * *", run: () => sendReminders() },
  // The bank's OCR giro files (KID payments): banks deliver in the morning, and some again in the day.
  { name: "import-bank-files", cron: "10 7-18 * * 1-5", run: () => importNewBankFiles() },
];

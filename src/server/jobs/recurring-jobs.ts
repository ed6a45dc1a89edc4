import "server-only";
import { purgeExpiredAuthData } from "@/server/services/auth-housekeeping";
import { purgeEndedConsentRecords } from "@/server/services/consent";
import { importLatestSpotPrices, importYesterdaysReadings } from "@/server/services/consumption-refresh";
import { purgeExpiredApplications } from "@/server/services/onboarding";

export interface RecurringJob {
  name: string;
  /** Cron in Europe/Oslo time. */
  cron: string;
  run(): Promise<unknown>;
}

export const recurringJobs: RecurringJob[] = [
  { name: "purge-expired-auth-data", cron: "17 * * * *", run: () => purgeExpiredAuthData() },
  { name: "purge-ended-consent-records", cron: "41 3 * * *", run: () => purgeEndedConsentRecords() },
  // Tomorrow's day-ahead prices are published from about 13:00; later runs catch a late publication.
  { name: "import-spot-prices", cron: "20 13,14,16 * * *", run: () => importLatestSpotPrices() },
  // Elhub has yesterday's values from about 09:00; the second run fills in what was late.
  { name: "import-yesterdays-readings", cron: "30 9,12 * * *", run: () => importYesterdaysReadings() },
  { name: "purge-expired-applications", cron: "23 4 * * *", run: () => purgeExpiredApplications() },
];

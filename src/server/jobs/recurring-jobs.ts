import "server-only";
import { purgeExpiredAuthData } from "@/server/services/auth-housekeeping";
import { purgeEndedConsentRecords } from "@/server/services/consent";

export interface RecurringJob {
  name: string;
  /** Cron in Europe/Oslo time. */
  cron: string;
  run(): Promise<unknown>;
}

export const recurringJobs: RecurringJob[] = [
  { name: "purge-expired-auth-data", cron: "17 * * * *", run: () => purgeExpiredAuthData() },
  { name: "purge-ended-consent-records", cron: "41 3 * * *", run: () => purgeEndedConsentRecords() },
];

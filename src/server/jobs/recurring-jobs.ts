import "server-only";
import { purgeExpiredAuthData } from "@/server/services/auth-housekeeping";
import { purgeEndedConsentRecords } from "@/server/services/consent";
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
  { name: "purge-expired-applications", cron: "23 4 * * *", run: () => purgeExpiredApplications() },
];

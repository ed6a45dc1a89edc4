import "server-only";
import { purgeExpiredAuthData } from "@/server/services/auth-housekeeping";
import { runRetention } from "@/server/services/privacy/retention";

export interface RecurringJob {
  name: string;
  /** Cron in Europe/Oslo time. */
  cron: string;
  run(): Promise<unknown>;
}

export const recurringJobs: RecurringJob[] = [
  { name: "purge-expired-auth-data", cron: "17 * * * *", run: () => purgeExpiredAuthData() },
  // The privacy register's retention rules (P21), consent records' among them.
  { name: "privacy-retention", cron: "41 3 * * *", run: () => runRetention() },
];

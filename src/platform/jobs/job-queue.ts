import "server-only";
import PgBoss from "pg-boss";
import type { DatabaseConnection } from "@/platform/database/connection";
import { logError } from "@/platform/log";

/**
 * A pg-boss queue on the app's own database: PostgreSQL, or the in-process PGlite. With `schedules`
 * false its clock fires no cron schedules; they are still registered, and queued jobs still run.
 */
export function createJobQueue(
  connection: DatabaseConnection,
  options: { schedules?: boolean } = {},
): PgBoss {
  const boss = new PgBoss({
    ...connection.jobQueueConnection,
    schema: "pgboss",
    schedule: options.schedules ?? true,
  });
  // pg-boss reports failed polls here; without a listener they would crash the process.
  boss.on("error", (error) => logError("jobs", error));
  return boss;
}

const holder = globalThis as unknown as { minSideJobQueue?: PgBoss };

/** The started queue of this server instance, for services that hand work to a background job. */
export function registerJobQueue(boss: PgBoss): void {
  holder.minSideJobQueue = boss;
}

/** Queues one job; false when this process runs no queue (a script), so the caller can say so. */
export async function enqueueJob(
  name: string,
  data: object,
  options: { singletonKey?: string } = {},
): Promise<boolean> {
  const boss = holder.minSideJobQueue;
  if (!boss) return false;
  await boss.send(name, data, { ...options, retryLimit: 5, retryDelay: 60, retryBackoff: true });
  return true;
}

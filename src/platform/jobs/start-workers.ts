import "server-only";
import type PgBoss from "pg-boss";
import { type QueuedJob, queuedJobs } from "./queued-jobs";
import { type RecurringJob, recurringJobs } from "./recurring-jobs";

const DEADLOCK = "40P01";

/**
 * Creates a queue, again when PostgreSQL aborted the creation as a deadlock: pg-boss's create_queue
 * attaches a partition to its job table, and instances started at once, creating the same queues, lock
 * that table and the queue list in different orders. The retry finds the queue made, or makes it.
 */
async function createQueue(boss: PgBoss, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(name);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== DEADLOCK || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

/** Registers each recurring job's queue, worker and schedule, and drops stale schedules; safe on every instance. */
export async function startJobWorkers(
  boss: PgBoss,
  jobs: RecurringJob[] = recurringJobs,
  queued: readonly QueuedJob[] = queuedJobs,
) {
  for (const job of queued) {
    await createQueue(boss, job.name);
    await boss.work(job.name, { pollingIntervalSeconds: 2 }, async (batch) => {
      for (const item of batch) await job.run(item.data, item.id);
    });
  }
  for (const job of jobs) {
    await createQueue(boss, job.name);
    await boss.work(job.name, { pollingIntervalSeconds: 2 }, async () => {
      await job.run();
    });
    await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Oslo" });
  }
  // A job renamed or removed in this release would otherwise stay scheduled with no worker to run it.
  const current = new Set(jobs.map((job) => job.name));
  for (const schedule of await boss.getSchedules()) {
    if (!current.has(schedule.name)) await boss.unschedule(schedule.name);
  }
}

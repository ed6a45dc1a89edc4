import "server-only";
import type PgBoss from "pg-boss";
import { type QueuedJob, queuedJobs } from "./queued-jobs";
import { type RecurringJob, recurringJobs } from "./recurring-jobs";

/** Registers each recurring job's queue, worker and schedule, and drops stale schedules; safe on every instance. */
export async function startJobWorkers(
  boss: PgBoss,
  jobs: RecurringJob[] = recurringJobs,
  queued: readonly QueuedJob[] = queuedJobs,
) {
  for (const job of queued) {
    await boss.createQueue(job.name);
    await boss.work(job.name, { pollingIntervalSeconds: 2 }, async (batch) => {
      for (const item of batch) await job.run(item.data, item.id);
    });
  }
  for (const job of jobs) {
    await boss.createQueue(job.name);
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

// Instances started at once (a deploy, or bench:instances) each create the app's queues. pg-boss's
// create_queue attaches a partition to its job table, and two of them racing can deadlock: PostgreSQL
// then aborts one, and that instance must not fail to start.
import { afterAll, describe, expect, it } from "vitest";
import { databaseConnection } from "@/platform/db";
import { createJobQueue } from "@/platform/jobs/job-queue";
import type { QueuedJob } from "@/platform/jobs/queued-jobs";
import type { RecurringJob } from "@/platform/jobs/recurring-jobs";
import { startJobWorkers } from "@/platform/jobs/start-workers";

describe.skipIf(!process.env.DATABASE_URL)("instances starting at once on PostgreSQL", () => {
  const bosses = Array.from({ length: 3 }, () => createJobQueue(databaseConnection()));
  afterAll(() => Promise.all(bosses.map((boss) => boss.stop({ graceful: false, wait: true }))));

  it("each creates the queues it runs, the others creating the same ones, and all start their workers", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `race-queue-${i}`);
    const queued: QueuedJob[] = names.map((name) => ({ name, run: async () => undefined }));
    const recurring: RecurringJob[] = [];
    for (const boss of bosses) await boss.start();
    const started = await Promise.allSettled(bosses.map((boss) => startJobWorkers(boss, recurring, queued)));
    expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "started"))).toEqual(
      bosses.map(() => "started"),
    );
    const queues = await bosses[0]?.getQueues();
    expect(
      queues
        ?.map((q) => q.name)
        .filter((n) => n.startsWith("race-queue-"))
        .sort(),
    ).toEqual([...names].sort());
  });
});

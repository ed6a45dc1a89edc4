import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeExpiredAuthData } from "@/features/sign-in/server/auth-housekeeping";
import { databaseConnection, db } from "@/platform/db";
import { createJobQueue } from "@/platform/jobs/job-queue";
import { recurringJobs } from "@/platform/jobs/recurring-jobs";
import { startJobWorkers } from "@/platform/jobs/start-workers";
import { createUser } from "../support/factories";

const HOUR = 60 * 60 * 1000;

async function userWithSessions() {
  const user = await createUser();
  const now = Date.now();
  await db.authSession.createMany({
    data: [
      { userId: user.id, expiresAt: new Date(now - HOUR) },
      { userId: user.id, expiresAt: new Date(now + HOUR) },
    ],
  });
  return user;
}

describe("background jobs", () => {
  // Made before the tests, not when the file is collected: the file's own database is not in place yet.
  let boss: ReturnType<typeof createJobQueue>;
  beforeAll(() => {
    boss = createJobQueue(databaseConnection());
  });
  afterAll(() => boss.stop({ graceful: false, wait: true }));

  it("P21: the scheduled purge job, run by the queue on the app's own database, removes expired sessions", async () => {
    const user = await userWithSessions();
    await boss.start();
    // A job an earlier release scheduled and this one no longer has: its schedule must go.
    await boss.createQueue("retired-job");
    await boss.schedule("retired-job", "0 3 * * *", {}, { tz: "Europe/Oslo" });
    await startJobWorkers(boss);
    const purge = recurringJobs.find((job) => job.name === "purge-expired-auth-data");
    expect(purge?.cron).toBe("17 * * * *");
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => s.name).sort()).toEqual(recurringJobs.map((job) => job.name).sort());

    await boss.send("purge-expired-auth-data", {});
    const expired = { userId: user.id, expiresAt: { lte: new Date() } };
    for (let i = 0; i < 60 && (await db.authSession.count({ where: expired })) > 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
    }
    const left = await db.authSession.findMany({ where: { userId: user.id }, select: { expiresAt: true } });
    expect(left).toHaveLength(1);
    expect(left[0]?.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("an instance whose clock is off (JOB_SCHEDULES=off) still registers every schedule for the instances that fire them", async () => {
    const quiet = createJobQueue(databaseConnection(), { schedules: false });
    await quiet.start();
    try {
      await startJobWorkers(quiet);
      const names = (await quiet.getSchedules()).map((s) => s.name).sort();
      expect(names).toEqual(recurringJobs.map((job) => job.name).sort());
    } finally {
      await quiet.stop({ graceful: false, wait: true });
    }
  });

  it("P21: purging also removes sessions idle past every role's limit, and keeps sessions in use", async () => {
    const user = await createUser();
    const now = Date.now();
    const idle = await db.authSession.create({
      data: { userId: user.id, expiresAt: new Date(now + HOUR), lastSeenAt: new Date(now - 2 * HOUR) },
    });
    const inUse = await db.authSession.create({ data: { userId: user.id, expiresAt: new Date(now + HOUR) } });
    await purgeExpiredAuthData();
    const left = await db.authSession.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(left.map((s) => s.id)).toEqual([inUse.id]);
    expect(left.map((s) => s.id)).not.toContain(idle.id);
  });

  it("P21: purging writes what it removed to the audit log, without personal data", async () => {
    await userWithSessions();
    const counts = await purgeExpiredAuthData(new Date(Date.now() + 2 * HOUR));
    expect(counts.sessions).toBeGreaterThanOrEqual(2);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "retention.auth-data.purged" },
      orderBy: { id: "desc" },
    });
    expect(audit.metadata).toEqual(counts);
  });
});

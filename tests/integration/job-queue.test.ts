import { afterAll, describe, expect, it } from "vitest";
import { database, db } from "@/server/db";
import { createJobQueue } from "@/server/jobs/job-queue";
import { startJobWorkers } from "@/server/jobs/start-workers";
import { purgeExpiredAuthData } from "@/server/services/auth-housekeeping";
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
  const boss = createJobQueue(database());
  afterAll(() => boss.stop({ graceful: false, wait: true }));

  it("P21: the queue on the app's own database runs a job that purges expired sessions", async () => {
    const user = await userWithSessions();
    let runs = 0;
    await boss.start();
    await startJobWorkers(boss, [
      {
        name: "purge-expired-auth-data",
        cron: "17 * * * *",
        // Counted once the purge has committed, so the polling below never sees it half done.
        run: async () => {
          const counts = await purgeExpiredAuthData();
          runs++;
          return counts;
        },
      },
    ]);
    await boss.send("purge-expired-auth-data", {});
    for (let i = 0; i < 60 && runs === 0; i++) await new Promise((r) => setTimeout(r, 250));

    expect(runs).toBe(1);
    const left = await db.authSession.findMany({ where: { userId: user.id }, select: { expiresAt: true } });
    expect(left).toHaveLength(1);
    expect(left[0]?.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => s.name)).toContain("purge-expired-auth-data");
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

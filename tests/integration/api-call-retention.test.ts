// The audit rows of personal API calls ("api.call") are kept API_CALL_LOG_KEPT_MONTHS, not the security
// log's 36 months: the retention job deletes those past the short period, and the audit log's trigger
// admits exactly that delete (every other action's rows stay until 36 months, young rows always).
import { describe, expect, it } from "vitest";
import { API_CALL_LOG_KEPT_MONTHS } from "@/features/api-tokens";
import { runRetention } from "@/features/privacy/server/retention";
import { db } from "@/platform/db";
import { DAY_MS } from "@/platform/time/durations";

// The database's clock bounds the trigger, so the test runs at the real time.
const NOW = new Date();
const monthsBack = (months: number, days: number) => {
  const at = new Date(NOW);
  at.setUTCMonth(at.getUTCMonth() - months);
  return new Date(at.getTime() + days * DAY_MS);
};

async function auditRow(action: string, at: Date) {
  const row = await db.auditLog.create({
    data: { actorRole: "SYSTEM", action, at, metadata: { probe: true } },
    select: { id: true },
  });
  return async () => (await db.auditLog.count({ where: { id: row.id } })) === 1;
}

async function deleteAsRetention(id: bigint) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('klarkraft.audit_retention', 'on', true)`;
    return tx.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${id}`;
  });
}

describe("api.call audit rows", () => {
  it(`are deleted after ${API_CALL_LOG_KEPT_MONTHS} months; younger ones and other actions' rows stay`, async () => {
    const oldCall = await auditRow("api.call", monthsBack(API_CALL_LOG_KEPT_MONTHS, -2));
    const youngCall = await auditRow("api.call", monthsBack(API_CALL_LOG_KEPT_MONTHS, 2));
    const oldSignIn = await auditRow("auth.sign-in", monthsBack(API_CALL_LOG_KEPT_MONTHS, -2));

    const report = await runRetention({ now: NOW });

    expect([await oldCall(), await youngCall(), await oldSignIn()]).toEqual([false, true, true]);
    const line = report.lines.find((l) => l.name === "old-api-calls");
    expect(line).toMatchObject({ fields: ["security-log"] });
    expect(line?.affected).toBeGreaterThanOrEqual(1);
  });

  it("the trigger still refuses a young api.call row and another action's row younger than 36 months", async () => {
    for (const [action, at] of [
      ["api.call", monthsBack(API_CALL_LOG_KEPT_MONTHS, 2)],
      ["auth.sign-in", monthsBack(API_CALL_LOG_KEPT_MONTHS + 1, 0)],
    ] as const) {
      const row = await db.auditLog.create({
        data: { actorRole: "SYSTEM", action, at },
        select: { id: true },
      });
      await expect(deleteAsRetention(row.id), action).rejects.toThrow();
      expect(await db.auditLog.count({ where: { id: row.id } })).toBe(1);
    }
  });
});

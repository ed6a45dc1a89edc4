import { describe, expect, it } from "vitest";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";

describe("audit log", () => {
  it("P20: an audit row, once written, can be neither changed nor deleted", async () => {
    await writeAudit(db, {
      actorUserId: null,
      actorRole: "SYSTEM",
      action: "test.append",
      metadata: { n: 1 },
    });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "test.append" } });
    expect(row.metadata).toEqual({ n: 1 });

    await expect(
      db.auditLog.update({ where: { id: row.id }, data: { action: "test.forged" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { action: "test.append" } })).toBe(1);
  });

  it("P20: TRUNCATE cannot empty the audit log either", async () => {
    await writeAudit(db, { actorUserId: null, actorRole: "SYSTEM", action: "test.truncate" });
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog" CASCADE')).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { action: "test.truncate" } })).toBe(1);
  });

  describe("retention (36 months, register rule security-log)", () => {
    /** One row written `months` months and `days` days ago; `at` may be set on insert, never after. */
    async function rowAged(action: string, months: number, days = 0) {
      const at = new Date();
      at.setUTCMonth(at.getUTCMonth() - months);
      at.setUTCDate(at.getUTCDate() - days);
      return db.auditLog.create({ data: { actorRole: "SYSTEM", action, at }, select: { id: true } });
    }

    /** Deletes as the retention job does: declaring itself in the same transaction. */
    function deleteAsRetentionJob(id: bigint) {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('klarkraft.audit_retention', 'on', true)`;
        return tx.auditLog.deleteMany({ where: { id } });
      });
    }

    it("P21: the retention job may delete a row once it is older than 36 months", async () => {
      const old = await rowAged("test.retention.old", 36, 2);
      expect(await deleteAsRetentionJob(old.id)).toEqual({ count: 1 });
      expect(await db.auditLog.count({ where: { id: old.id } })).toBe(0);
    });

    it("P20: a row younger than 36 months cannot be deleted, not even by the retention job", async () => {
      const young = await rowAged("test.retention.young", 35, 27);
      await expect(deleteAsRetentionJob(young.id)).rejects.toThrow(/append-only/);
      expect(await db.auditLog.count({ where: { id: young.id } })).toBe(1);
    });

    it("P20: an old row cannot be deleted outside the retention job, nor changed by it", async () => {
      const old = await rowAged("test.retention.guarded", 40);
      await expect(db.auditLog.delete({ where: { id: old.id } })).rejects.toThrow(/append-only/);
      await expect(
        db.$transaction(async (tx) => {
          await tx.$executeRaw`SELECT set_config('klarkraft.audit_retention', 'on', true)`;
          return tx.auditLog.update({ where: { id: old.id }, data: { action: "test.forged" } });
        }),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.$transaction(async (tx) => {
          await tx.$executeRaw`SELECT set_config('klarkraft.audit_retention', 'on', true)`;
          await tx.$executeRawUnsafe('TRUNCATE "AuditLog"');
        }),
      ).rejects.toThrow(/append-only/);
      expect(await db.auditLog.findUnique({ where: { id: old.id } })).toMatchObject({
        action: "test.retention.guarded",
      });
    });
  });
});

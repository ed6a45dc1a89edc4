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
});

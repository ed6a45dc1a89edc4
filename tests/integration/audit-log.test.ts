import { beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/features/audit/server";
import { auditLogCsv, listAuditLog } from "@/features/audit/server/audit-log";
import { db } from "@/platform/db";
import { createCustomer, createUser } from "../support/factories";

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const line of lines) text += line;
  return text;
}

describe("audit log", () => {
  it("P20: an audit row, once written, can be neither changed nor deleted", async () => {
    // Written as a row of no known action: the database guards every row, whatever wrote it.
    await db.auditLog.create({ data: { actorRole: "SYSTEM", action: "test.append", metadata: { n: 1 } } });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "test.append" } });
    expect(row.metadata).toEqual({ n: 1 });

    await expect(
      db.auditLog.update({ where: { id: row.id }, data: { action: "test.forged" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { action: "test.append" } })).toBe(1);
  });

  it("P20: the database itself refuses an UPDATE of an audit row, whoever sends it", async () => {
    await db.auditLog.create({ data: { actorRole: "SYSTEM", action: "test.raw-update" } });
    await expect(
      db.$executeRawUnsafe(
        `UPDATE "AuditLog" SET "actorUserId" = NULL, action = 'test.hidden' WHERE action = 'test.raw-update'`,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET metadata = '{}'::jsonb`)).rejects.toThrow(
      /append-only/,
    );
    expect(await db.auditLog.count({ where: { action: "test.raw-update" } })).toBe(1);
  });

  it("P20: TRUNCATE cannot empty the audit log either", async () => {
    await db.auditLog.create({ data: { actorRole: "SYSTEM", action: "test.truncate" } });
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

describe("reading the audit log (/admin/revisjonslogg)", () => {
  let admin: { userId: string; role: "ADMIN" };
  let support: { userId: string; role: "SUPPORT" };
  let customer: { id: string; customerNumber: number };

  beforeAll(async () => {
    admin = { userId: (await createUser({ role: "ADMIN" })).id, role: "ADMIN" };
    support = { userId: (await createUser({ role: "SUPPORT" })).id, role: "SUPPORT" };
    await db.user.update({ where: { id: support.userId }, data: { displayName: "Siri Support" } });
    customer = await createCustomer();
    const seen = {
      actorUserId: support.userId,
      actorRole: "SUPPORT" as const,
      subjectCustomerId: customer.id,
    };
    await writeAudit(db, {
      ...seen,
      action: "customer.view",
      metadata: { reason: "inquiry", shown: ["contact"] },
    });
    // A row the writer would refuse (its schema wants `shown`): the reader must defuse it all the same.
    await db.auditLog.create({
      data: { ...seen, action: "customer.national-id.reveal", metadata: { reason: "=cmd|' /C calc'!A0" } },
    });
    await writeAudit(db, {
      actorUserId: admin.userId,
      actorRole: "ADMIN",
      action: "staff.reactivated",
      metadata: { targetRole: "SUPPORT" },
    });
  });

  it("filters by staff member, customer (id or number), action and Oslo days, newest first", async () => {
    const bySupport = await listAuditLog(admin, { actorUserId: support.userId }, 1);
    expect(bySupport.rows.map((r) => r.action)).toEqual(["customer.national-id.reveal", "customer.view"]);
    expect(bySupport.rows[0]).toMatchObject({ actorName: "Siri Support", subjectCustomerId: customer.id });

    const byNumber = await listAuditLog(admin, { customer: { customerNumber: customer.customerNumber } }, 1);
    expect(byNumber.rows.map((r) => r.action)).toEqual(["customer.national-id.reveal", "customer.view"]);
    expect(
      (await listAuditLog(admin, { customer: { id: customer.id }, action: "customer.view" }, 1)).total,
    ).toBe(1);
    // A customer number that belongs to no one matches nothing, not everything.
    expect((await listAuditLog(admin, { customer: { customerNumber: 999_999_999 } }, 1)).total).toBe(0);

    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date());
    expect(
      (await listAuditLog(admin, { actorUserId: support.userId, from: today, to: today }, 1)).total,
    ).toBe(2);
    expect((await listAuditLog(admin, { actorUserId: support.userId, to: "2020-01-01" }, 1)).total).toBe(0);
  });

  it("records that an administrator read the log, and refuses customer service", async () => {
    await listAuditLog(admin, { customer: { id: customer.id } }, 1);
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "audit-log.view" },
      orderBy: { id: "desc" },
    });
    expect(row).toMatchObject({ actorUserId: admin.userId, subjectCustomerId: customer.id });
    await expect(listAuditLog(support as never, {}, 1)).rejects.toThrow(/administrator/);
    await expect(collect(auditLogCsv(support as never, {}))).rejects.toThrow(/administrator/);
  });

  it("exports the filtered rows as CSV, oldest first, with formulas defused, and records the export", async () => {
    const csv = await collect(auditLogCsv(admin, { actorUserId: support.userId }));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFid,tid,ansatt_id,rolle,handling,kunde_id,maltype,mal_id,detaljer");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",customer.view,");
    expect(lines[2]).toContain(",customer.national-id.reveal,");
    // JSON with a formula inside stays one quoted field that starts with "{".
    expect(lines[2]).toMatch(/,"\{""reason"":""=cmd\|' \/C calc'!A0""\}"$/);
    const export_ = await db.auditLog.findFirstOrThrow({ where: { action: "audit-log.export" } });
    expect(export_).toMatchObject({ actorUserId: admin.userId, metadata: { filters: ["actorUserId"] } });
  });
});

import "server-only";
import { type Admin, assertAdmin } from "@/features/staff/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { csvHeader, csvLine } from "@/platform/format/csv";
import { addDays, osloIsoString, osloMidnight } from "@/platform/time/oslo-calendar";
import { AUDIT_CSV_HEADER, AUDIT_PAGE_SIZE, type AuditFilter } from "../domain/audit-log";
import { writeAudit } from "./audit";

export interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string;
  action: string;
  subjectCustomerId: string | null;
  targetType: string | null;
  targetId: string | null;
  /** The metadata as compact JSON: ids, counts, flags and reasons only. */
  details: string;
}

export interface AuditPage {
  rows: AuditRow[];
  page: number;
  pageCount: number;
  total: number;
}

/** A customer number filter that matches no customer matches no rows (not every row). */
const NO_CUSTOMER = "00000000-0000-0000-0000-000000000000";

async function whereFor(filter: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.actorUserId) where.actorUserId = filter.actorUserId;
  if (filter.customer) {
    if ("id" in filter.customer) where.subjectCustomerId = filter.customer.id;
    else {
      const customer = await db.customer.findUnique({
        where: { customerNumber: filter.customer.customerNumber },
        select: { id: true },
      });
      where.subjectCustomerId = customer?.id ?? NO_CUSTOMER;
    }
  }
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) {
    where.at = {
      // Whole Oslo days: "to" includes its own day, which ends at the next Oslo midnight.
      ...(filter.from ? { gte: osloMidnight(filter.from) } : {}),
      ...(filter.to ? { lt: osloMidnight(addDays(filter.to, 1)) } : {}),
    };
  }
  return where;
}

const ROW_SELECT = {
  id: true,
  at: true,
  actorUserId: true,
  actorRole: true,
  action: true,
  subjectCustomerId: true,
  targetType: true,
  targetId: true,
  metadata: true,
} satisfies Prisma.AuditLogSelect;

type SelectedRow = Prisma.AuditLogGetPayload<{ select: typeof ROW_SELECT }>;

function toRow(row: SelectedRow, names: Map<string, string | null>): AuditRow {
  return {
    ...row,
    id: row.id.toString(),
    actorName: row.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
    details: row.metadata === null ? "" : JSON.stringify(row.metadata),
  };
}

async function staffNames(rows: SelectedRow[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(rows.map((row) => row.actorUserId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: ids }, role: { in: ["SUPPORT", "ADMIN"] } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((user) => [user.id, user.displayName]));
}

/** Who did what, newest first, for administrators; reading the log is itself audited. */
export async function listAuditLog(
  admin: Admin,
  filter: AuditFilter,
  requestedPage: number,
): Promise<AuditPage> {
  assertAdmin(admin);
  const where = await whereFor(filter);
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(requestedPage, 1), pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: ROW_SELECT,
  });
  await writeAudit(db, {
    actorUserId: admin.userId,
    actorRole: admin.role,
    action: "audit-log.view",
    subjectCustomerId: typeof where.subjectCustomerId === "string" ? where.subjectCustomerId : null,
    metadata: { page, total, filters: Object.keys(filter) },
  });
  const names = await staffNames(rows);
  return { rows: rows.map((row) => toRow(row, names)), page, pageCount, total };
}

const CSV_BATCH = 1000;

/**
 * The filtered log as CSV lines, oldest first, read in batches by id so that memory stays flat
 * however long the log is. The export is audited before the first line.
 */
export async function* auditLogCsv(admin: Admin, filter: AuditFilter): AsyncGenerator<string> {
  assertAdmin(admin);
  const where = await whereFor(filter);
  await writeAudit(db, {
    actorUserId: admin.userId,
    actorRole: admin.role,
    action: "audit-log.export",
    subjectCustomerId: typeof where.subjectCustomerId === "string" ? where.subjectCustomerId : null,
    metadata: { filters: Object.keys(filter) },
  });
  yield csvHeader(AUDIT_CSV_HEADER);
  let after: bigint | undefined;
  for (;;) {
    const batch = await db.auditLog.findMany({
      where: after === undefined ? where : { AND: [where, { id: { gt: after } }] },
      orderBy: { id: "asc" },
      take: CSV_BATCH,
      select: ROW_SELECT,
    });
    for (const row of batch) {
      yield csvLine([
        row.id.toString(),
        osloIsoString(row.at),
        row.actorUserId ?? "",
        row.actorRole,
        row.action,
        row.subjectCustomerId ?? "",
        row.targetType ?? "",
        row.targetId ?? "",
        row.metadata === null ? "" : JSON.stringify(row.metadata),
      ]);
    }
    if (batch.length < CSV_BATCH) return;
    after = batch.at(-1)?.id;
  }
}

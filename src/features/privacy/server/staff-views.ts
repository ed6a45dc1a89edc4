import "server-only";
// "Hvem har sett på mine opplysninger": staff actions on the customer's data, by role and time. The
// access copy holds all of them; the Personvern page shows the newest few with the count, and a paged
// list shows the rest, so a customer whose data staff open often never gets an ever longer page.
import { ACCESS_REASONS, accessReason } from "@/features/customers";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { osloIsoString } from "@/platform/time/oslo-calendar";
import { STAFF_VIEWS_PAGE_SIZE, staffActionName } from "../domain/staff-views";

export interface StaffView {
  /** The audit row's number. */
  id: string;
  at: string;
  role: string;
  action: string;
  /** The reason the staff member gave, as they picked it ("Faktura eller betaling"). */
  reason: string | null;
}

const SELECT = { id: true, at: true, actorRole: true, action: true, metadata: true } as const;
const NEWEST_FIRST: Prisma.AuditLogOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];

/** Only the customer's own rows, and only what staff did (not the customer's own actions). */
function staffRowsOf(customerId: string): Prisma.AuditLogWhereInput {
  return { subjectCustomerId: customerId, actorRole: { in: ["SUPPORT", "ADMIN"] } };
}

function toStaffView(row: Prisma.AuditLogGetPayload<{ select: typeof SELECT }>): StaffView {
  const metadata = (row.metadata ?? {}) as Record<string, unknown>;
  const reason = typeof metadata.reason === "string" ? accessReason(metadata.reason) : null;
  return {
    id: row.id.toString(),
    at: osloIsoString(row.at),
    role: row.actorRole === "ADMIN" ? "Administrator" : "Kundeservice",
    action: staffActionName(row.action),
    reason: reason ? ACCESS_REASONS[reason] : null,
  };
}

/** Every staff look, newest first: for the access copy, which promises all of them. */
export async function listStaffViews(customerId: string): Promise<StaffView[]> {
  const rows = await db.auditLog.findMany({
    where: staffRowsOf(customerId),
    orderBy: NEWEST_FIRST,
    select: SELECT,
  });
  return rows.map(toStaffView);
}

/** The signed-in customer's newest looks and how many there are in all, counted in the database. */
export async function latestStaffViews(
  customer: { customerId: string },
  limit: number,
): Promise<{ views: StaffView[]; total: number }> {
  const where = staffRowsOf(customer.customerId);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: NEWEST_FIRST, take: limit, select: SELECT }),
    db.auditLog.count({ where }),
  ]);
  return { views: rows.map(toStaffView), total };
}

export interface StaffViewsPage {
  views: StaffView[];
  /** The page shown: the one asked for, or the last one when that was beyond the end. */
  page: number;
  pageCount: number;
  total: number;
  /** The page asked for was beyond the last one. */
  beyondEnd: boolean;
}

/** One page of the signed-in customer's looks, newest first; a page beyond the end gives the last one. */
export async function staffViewsPage(
  customer: { customerId: string },
  requestedPage: number,
): Promise<StaffViewsPage> {
  const where = staffRowsOf(customer.customerId);
  // One snapshot: a look written between the count and the page must not shift the rows under "a–b av N".
  return db.$transaction(
    async (tx) => {
      const total = await tx.auditLog.count({ where });
      const pageCount = Math.max(1, Math.ceil(total / STAFF_VIEWS_PAGE_SIZE));
      const page = Math.min(Math.max(requestedPage, 1), pageCount);
      const rows = await tx.auditLog.findMany({
        where,
        orderBy: NEWEST_FIRST,
        skip: (page - 1) * STAFF_VIEWS_PAGE_SIZE,
        take: STAFF_VIEWS_PAGE_SIZE,
        select: SELECT,
      });
      return { views: rows.map(toStaffView), page, pageCount, total, beyondEnd: requestedPage > pageCount };
    },
    { isolationLevel: "RepeatableRead" },
  );
}

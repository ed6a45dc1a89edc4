import "server-only";
import { listedCustomerEntries, writeAuditRows } from "@/features/audit/server";
import type { StaffSession } from "@/features/sign-in/server";
import { db } from "@/platform/db";
// Customer service's inbox (/admin/meldinger): one tab of threads by status, a page at a time.
import { INBOX_PAGE_SIZE, type InquiryStatusId } from "../domain/inquiries";

type Staff = Pick<StaffSession, "userId" | "role">;

export interface InboxRow {
  id: string;
  subject: string;
  customerNumber: number | null;
  /** Registered by customer service for someone without a login. */
  fromNonCustomer: boolean;
  createdAt: Date;
  lastMessageAt: Date;
  lastFromCustomer: boolean;
  /** Who has taken the thread (their display name may be unset); null while nobody has. */
  assignee: { displayName: string | null } | null;
  assignedToMe: boolean;
}

export interface Inbox {
  status: InquiryStatusId;
  counts: Record<InquiryStatusId, number>;
  rows: InboxRow[];
  page: number;
  pageCount: number;
}

/**
 * One tab of the inbox, oldest thread first. It names no customer, but the subject and the customer
 * number are theirs: one audit row per customer listed, for their "who has looked", as the privacy
 * queue writes. Opening a thread, which shows the messages, is audited again.
 */
export async function listInbox(
  staff: Staff,
  status: InquiryStatusId,
  requestedPage: number,
): Promise<Inbox> {
  const grouped = await db.inquiry.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { OPEN: 0, ANSWERED: 0, CLOSED: 0 };
  for (const group of grouped) counts[group.status] = group._count._all;
  const pageCount = Math.max(1, Math.ceil(counts[status] / INBOX_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const rows = await db.inquiry.findMany({
    where: { status },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
    select: {
      id: true,
      subject: true,
      createdAt: true,
      requesterEmail: true,
      customer: { select: { id: true, customerNumber: true } },
      assignedTo: { select: { id: true, displayName: true } },
      messages: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, author: true } },
    },
  });
  await writeAuditRows(
    db,
    listedCustomerEntries(
      staff,
      "inquiry.list",
      rows.map((row) => row.customer?.id ?? null),
      { reason: "inquiry", shown: ["customer-number", "inquiry.subject"] },
    ),
  );
  return {
    status,
    counts,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id,
      subject: row.subject,
      customerNumber: row.customer?.customerNumber ?? null,
      fromNonCustomer: !row.customer && row.requesterEmail !== null,
      createdAt: row.createdAt,
      lastMessageAt: row.messages[0]?.createdAt ?? row.createdAt,
      lastFromCustomer: row.messages[0]?.author === "CUSTOMER",
      assignee: row.assignedTo ? { displayName: row.assignedTo.displayName } : null,
      assignedToMe: row.assignedTo?.id === staff.userId,
    })),
  };
}

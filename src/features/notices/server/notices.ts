import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";

/**
 * In-app notices on Min side. Other features call createNotice in the transaction of the change
 * it tells about; the text is fixed wording without personal data, the href a Min side page.
 */
export interface NoticeInput {
  customerId: string;
  /** Norwegian, e.g. "Kundeservice har svart på henvendelsen din." Never a name, number or quote. */
  text: string;
  /** Where the customer reads more, e.g. "/min-side/meldinger/<id>". */
  href: string;
}

export interface UnreadNotice {
  id: string;
  text: string;
  href: string;
  createdAt: Date;
}

export async function createNotice(tx: Prisma.TransactionClient, notice: NoticeInput): Promise<void> {
  if (!notice.href.startsWith("/min-side")) throw new Error("A notice links to a Min side page");
  await tx.notice.create({ data: notice, select: { id: true } });
}

/** The customer's unread notices, newest first. */
export async function listUnreadNotices(customerId: string): Promise<UnreadNotice[]> {
  return db.notice.findMany({
    where: { customerId, readAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, text: true, href: true, createdAt: true },
  });
}

/** Marks the customer's unread notices about one page read (they have opened it); returns how many. */
export async function markNoticesRead(
  customerId: string,
  href: string,
  client: Prisma.TransactionClient = db,
): Promise<number> {
  const { count } = await client.notice.updateMany({
    where: { customerId, href, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

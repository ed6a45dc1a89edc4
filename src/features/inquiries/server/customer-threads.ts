import "server-only";
import { markNoticesRead } from "@/features/notices/server";
import { db } from "@/platform/db";
import { customerThreadPath } from "./thread-paths";
import { type CustomerThread, type CustomerThreadSummary, MESSAGES, toMessages } from "./threads";

/** The customer's own threads, newest first. */
export async function listCustomerInquiries(customerId: string): Promise<CustomerThreadSummary[]> {
  const rows = await db.inquiry.findMany({
    where: { customerId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      subject: true,
      status: true,
      createdAt: true,
      messages: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map(({ messages, ...row }) => ({
    ...row,
    lastMessageAt: messages[0]?.createdAt ?? row.createdAt,
  }));
}

/** One of the customer's threads (null if it is not theirs); opening it marks its notices read. */
export async function getCustomerInquiry(
  customerId: string,
  inquiryId: string,
): Promise<CustomerThread | null> {
  const row = await db.inquiry.findFirst({
    where: { id: inquiryId, customerId },
    select: { id: true, subject: true, status: true, createdAt: true, messages: MESSAGES },
  });
  if (!row) return null;
  await markNoticesRead(customerId, customerThreadPath(row.id));
  const messages = toMessages(row.messages);
  return { ...row, messages, lastMessageAt: messages.at(-1)?.createdAt ?? row.createdAt };
}

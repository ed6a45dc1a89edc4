import "server-only";
import { hashLinkToken, isLinkToken } from "@/platform/crypto/link-token";
import { db } from "@/platform/db";
import { DAY_MS } from "@/platform/time/durations";
import { INQUIRY_LINK_VALID_DAYS } from "../domain/inquiries";
import { type CustomerThread, MESSAGES, toMessages } from "./threads";

/** The thread behind a mailed link, for someone without a login; null for any other token. */
export async function getInquiryByLink(
  token: string,
  now = new Date(),
): Promise<Omit<CustomerThread, "lastMessageAt"> | null> {
  if (!isLinkToken(token)) return null;
  const row = await db.inquiry.findUnique({
    where: { readTokenHash: hashLinkToken(token) },
    select: { id: true, subject: true, status: true, createdAt: true, messages: MESSAGES },
  });
  // The link came with the newest answer and works for INQUIRY_LINK_VALID_DAYS after it: an old
  // mail, forwarded or in a mailbox someone else reads, does not open the thread for ever.
  const answeredAt = row?.messages.findLast((m) => m.author === "STAFF")?.createdAt;
  if (!row || !answeredAt || now.getTime() - answeredAt.getTime() > INQUIRY_LINK_VALID_DAYS * DAY_MS) {
    return null;
  }
  return { ...row, messages: toMessages(row.messages) };
}

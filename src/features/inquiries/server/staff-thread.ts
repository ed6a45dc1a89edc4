import "server-only";
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import type { InquiryStatusId } from "../domain/inquiries";
import { inquiryAudit, MESSAGES, type Staff, type ThreadMessage, toMessages } from "./threads";

export interface StaffThread {
  id: string;
  subject: string;
  status: InquiryStatusId;
  createdAt: Date;
  closedAt: Date | null;
  /** Who has taken the thread (their display name may be unset); null while nobody has. */
  assignee: { displayName: string | null } | null;
  assignedToMe: boolean;
  /** Null when the requester is no longer a customer of record. */
  customer: { id: string; name: string; customerNumber: number } | null;
  /** Someone without a login, registered by customer service: answers are mailed here as a link. */
  requesterEmail: string | null;
  messages: ThreadMessage[];
}

/** Opens a thread for customer service: an audit row says who read which customer's correspondence. */
export async function getInquiryForStaff(staff: Staff, inquiryId: string): Promise<StaffThread | null> {
  return db.$transaction(async (tx) => {
    const row = await tx.inquiry.findUnique({
      where: { id: inquiryId },
      select: {
        id: true,
        subject: true,
        status: true,
        createdAt: true,
        closedAt: true,
        requesterEmail: true,
        customer: { select: { id: true, firstName: true, lastName: true, customerNumber: true } },
        assignedTo: { select: { id: true, displayName: true } },
        messages: MESSAGES,
      },
    });
    if (!row) return null;
    await writeAudit(tx, {
      ...inquiryAudit(staff, "inquiry.view", { id: row.id, customerId: row.customer?.id ?? null }),
      metadata: { reason: "inquiry", shown: ["contact.name", "customer-number", "inquiry.messages"] },
    });
    const { customer, assignedTo, messages, ...thread } = row;
    return {
      ...thread,
      assignee: assignedTo ? { displayName: assignedTo.displayName } : null,
      assignedToMe: assignedTo?.id === staff.userId,
      customer: customer
        ? {
            id: customer.id,
            name: `${customer.firstName} ${customer.lastName}`,
            customerNumber: customer.customerNumber,
          }
        : null,
      messages: toMessages(messages),
    };
  });
}

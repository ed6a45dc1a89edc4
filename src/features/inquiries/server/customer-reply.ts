import "server-only";
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { inquiryCustomerWroteMail } from "@/platform/mail/templates";
import type { TInquiryReply } from "../domain/inquiries";
import { staffThreadPath } from "./thread-paths";
import { type Customer, customerActor, inquiryAudit } from "./threads";

export type CustomerReplyResult = { ok: true; reopened: boolean } | { ok: false; reason: "not-found" };

/**
 * The customer writes again: the thread is open for customer service, and whoever has it gets a mail.
 * A closed thread opens again; its retention period counts from its next closing.
 */
export async function replyAsCustomer(
  customer: Customer,
  input: TInquiryReply,
  mail: MailOptions = {},
): Promise<CustomerReplyResult> {
  const outcome = await db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findFirst({
      where: { id: input.inquiryId, customerId: customer.customerId },
      select: { id: true, status: true, assignedTo: { select: { email: true, deactivatedAt: true } } },
    });
    if (!inquiry) return { ok: false as const, reason: "not-found" as const };
    await tx.inquiryMessage.create({
      data: { inquiryId: inquiry.id, author: "CUSTOMER", authorUserId: customer.userId, body: input.body },
      select: { id: true },
    });
    await tx.inquiry.update({ where: { id: inquiry.id }, data: { status: "OPEN", closedAt: null } });
    const thread = { id: inquiry.id, customerId: customer.customerId };
    await writeAudit(tx, {
      ...inquiryAudit(customerActor(customer), "inquiry.customer-reply", thread),
      metadata: { reopened: inquiry.status === "CLOSED" },
    });
    const assignee = inquiry.assignedTo?.deactivatedAt === null ? inquiry.assignedTo.email : null;
    return { ok: true as const, assignee, reopened: inquiry.status === "CLOSED" };
  });
  if (!outcome.ok) return outcome;
  if (outcome.assignee) {
    const link = `${env().APP_URL}${staffThreadPath(input.inquiryId)}`;
    await sendMailOrLog(
      "inquiry.customer-wrote",
      { to: outcome.assignee, ...inquiryCustomerWroteMail({ link }) },
      mail,
    );
  }
  return { ok: true, reopened: outcome.reopened };
}

import "server-only";
import { createNotice } from "@/features/notices/server";
import { notifyInquiryAnswered } from "@/features/notifications/server";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { inquiryAnsweredByLinkMail, inquiryAnsweredMail } from "@/platform/mail/templates";
import type { TInquiryReply } from "../domain/inquiries";
import { changeOpenThread, type StaffActionResult } from "./open-thread";
import { customerThreadPath, linkThreadPath } from "./thread-paths";
import type { Staff } from "./threads";

/**
 * Customer service answers: the thread waits for the customer, who gets a notice on Min side, a
 * mail that links to the thread without quoting it, and a push notification if they chose one. Answering takes an unassigned thread. Someone
 * without a login gets a mail with a fresh link that opens the thread; the previous link stops working.
 * That mail is their only way to the answer: when it fails, the thread waits for customer service
 * again (linkMailed false), the previous link keeps working, and the next answer mails a new link.
 */
export async function replyAsStaff(
  staff: Staff,
  input: TInquiryReply,
  mail: MailOptions = {},
): Promise<StaffActionResult | { ok: true; linkMailed: false }> {
  const outcome = await changeOpenThread(staff, input.inquiryId, "inquiry.reply", async (tx, thread) => {
    await tx.inquiryMessage.create({
      data: { inquiryId: thread.id, author: "STAFF", authorUserId: staff.userId, body: input.body },
      select: { id: true },
    });
    await tx.inquiry.updateMany({
      where: { id: thread.id, assignedToUserId: null },
      data: { assignedToUserId: staff.userId },
    });
    await tx.inquiry.update({ where: { id: thread.id }, data: { status: "ANSWERED" }, select: { id: true } });
    if (thread.customerId) {
      await createNotice(tx, {
        customerId: thread.customerId,
        text: "Kundeservice har svart på henvendelsen din.",
        href: customerThreadPath(thread.id),
      });
      return {
        customerId: thread.customerId,
        to: thread.customerEmail,
        token: null,
        previousTokenHash: null,
      };
    }
    if (!thread.requesterEmail) return null;
    const token = newLinkToken();
    await tx.inquiry.update({
      where: { id: thread.id },
      data: { readTokenHash: hashLinkToken(token) },
      select: { id: true },
    });
    return { customerId: null, to: thread.requesterEmail, token, previousTokenHash: thread.readTokenHash };
  });
  if (!outcome.ok) return outcome;
  const recipient = outcome.value;
  if (recipient?.token) {
    const link = `${env().APP_URL}${linkThreadPath(recipient.token)}`;
    const mailed = await sendMailOrLog(
      "inquiry.answered",
      { to: recipient.to, ...inquiryAnsweredByLinkMail({ link }) },
      mail,
    );
    if (!mailed) {
      // Unless a later answer has replaced this link already.
      await db.inquiry.updateMany({
        where: { id: input.inquiryId, readTokenHash: hashLinkToken(recipient.token) },
        data: { status: "OPEN", readTokenHash: recipient.previousTokenHash },
      });
      return { ok: true, linkMailed: false };
    }
  } else if (recipient?.customerId) {
    const path = customerThreadPath(input.inquiryId);
    if (recipient.to) {
      const link = `${env().APP_URL}${path}`;
      await sendMailOrLog("inquiry.answered", { to: recipient.to, ...inquiryAnsweredMail({ link }) }, mail);
    }
    await notifyInquiryAnswered(recipient.customerId, input.inquiryId, path);
  }
  return { ok: true };
}

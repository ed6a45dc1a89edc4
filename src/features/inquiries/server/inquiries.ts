import "server-only";
import { type AuditActorRole, type AuditEntry, writeAudit } from "@/features/audit/server";
import { createNotice, markNoticesRead } from "@/features/notices/server";
import type { CustomerSession, StaffSession } from "@/features/sign-in/server";
import type { Prisma } from "@/generated/prisma/client";
import { hashLinkToken, isLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import {
  inquiryAnsweredByLinkMail,
  inquiryAnsweredMail,
  inquiryCustomerWroteMail,
} from "@/platform/mail/templates";
import { DAY_MS } from "@/platform/time/durations";
import {
  INQUIRY_LINK_VALID_DAYS,
  type InquiryStatusId,
  type TInquiryCreate,
  type TInquiryRegister,
  type TInquiryReply,
} from "../domain/inquiries";

type Customer = Pick<CustomerSession, "userId" | "customerId">;

function customerActor(customer: Customer) {
  return { userId: customer.userId, role: "CUSTOMER" as const };
}
type Staff = Pick<StaffSession, "userId" | "role">;

export interface ThreadMessage {
  id: string;
  fromCustomer: boolean;
  body: string;
  createdAt: Date;
}

export interface CustomerThreadSummary {
  id: string;
  subject: string;
  status: InquiryStatusId;
  createdAt: Date;
  lastMessageAt: Date;
}

export interface CustomerThread extends CustomerThreadSummary {
  messages: ThreadMessage[];
}

export function customerThreadPath(inquiryId: string): string {
  return `/min-side/meldinger/${inquiryId}`;
}

export function staffThreadPath(inquiryId: string): string {
  return `/admin/meldinger/${inquiryId}`;
}

/** Where someone without a login reads their thread: the link mailed with the latest answer. */
export function linkThreadPath(token: string): string {
  return `/henvendelse/${token}`;
}

const MESSAGES = {
  orderBy: { createdAt: "asc" },
  select: { id: true, author: true, body: true, createdAt: true },
} satisfies Prisma.Inquiry$messagesArgs;

function toMessages(rows: { id: string; author: string; body: string; createdAt: Date }[]): ThreadMessage[] {
  return rows.map(({ author, ...message }) => ({ ...message, fromCustomer: author === "CUSTOMER" }));
}

// ── The customer's side ─────────────────────────────────────────────────────────────────────────

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

export async function createInquiry(
  customer: Customer,
  input: TInquiryCreate,
): Promise<{ ok: true; inquiryId: string }> {
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.create({
      data: {
        customerId: customer.customerId,
        subject: input.subject,
        messages: { create: { author: "CUSTOMER", authorUserId: customer.userId, body: input.body } },
      },
      select: { id: true },
    });
    await writeAudit(
      tx,
      inquiryAudit(customerActor(customer), "inquiry.create", {
        id: inquiry.id,
        customerId: customer.customerId,
      }),
    );
    return { ok: true as const, inquiryId: inquiry.id };
  });
}

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

// ── Customer service's side ─────────────────────────────────────────────────────────────────────

export interface StaffThread {
  id: string;
  subject: string;
  status: InquiryStatusId;
  createdAt: Date;
  closedAt: Date | null;
  assignee: string | null;
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
      assignee: assignedTo ? (assignedTo.displayName ?? "Uten navn") : null,
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

type StaffActionResult = { ok: true } | { ok: false; reason: "not-found" | "closed" };

/** The audit row of a change to a thread: who, whose thread, which thread. */
function inquiryAudit(
  actor: { userId: string; role: AuditActorRole },
  action: string,
  inquiry: { id: string; customerId: string | null },
): AuditEntry {
  return {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action,
    subjectCustomerId: inquiry.customerId,
    targetType: "Inquiry",
    targetId: inquiry.id,
  };
}

type OpenThread = {
  id: string;
  customerId: string | null;
  customerEmail: string | null;
  requesterEmail: string | null;
  /** The hash of the link last mailed to a requester without a login. */
  readTokenHash: string | null;
};

/** Runs a staff change on a thread that exists and is not closed, with its audit row, in one transaction. */
async function changeOpenThread<T>(
  staff: Staff,
  inquiryId: string,
  action: string,
  change: (tx: Prisma.TransactionClient, thread: OpenThread) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: "not-found" | "closed" }> {
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({
      where: { id: inquiryId },
      select: {
        id: true,
        status: true,
        customerId: true,
        requesterEmail: true,
        readTokenHash: true,
        customer: { select: { email: true } },
      },
    });
    if (!inquiry) return { ok: false, reason: "not-found" };
    if (inquiry.status === "CLOSED") return { ok: false, reason: "closed" };
    const thread = {
      id: inquiry.id,
      customerId: inquiry.customerId,
      customerEmail: inquiry.customer?.email ?? null,
      requesterEmail: inquiry.requesterEmail,
      readTokenHash: inquiry.readTokenHash,
    };
    const value = await change(tx, thread);
    await writeAudit(tx, inquiryAudit(staff, action, thread));
    return { ok: true, value };
  });
}

export async function assignInquiryToSelf(staff: Staff, inquiryId: string): Promise<StaffActionResult> {
  const outcome = await changeOpenThread(staff, inquiryId, "inquiry.assign", async (tx, thread) => {
    await tx.inquiry.update({
      where: { id: thread.id },
      data: { assignedToUserId: staff.userId },
      select: { id: true },
    });
  });
  return outcome.ok ? { ok: true } : outcome;
}

/**
 * Customer service answers: the thread waits for the customer, who gets a notice on Min side and a
 * mail that links to the thread without quoting it. Answering takes an unassigned thread. Someone
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
      return thread.customerEmail ? { to: thread.customerEmail, token: null, previousTokenHash: null } : null;
    }
    if (!thread.requesterEmail) return null;
    const token = newLinkToken();
    await tx.inquiry.update({
      where: { id: thread.id },
      data: { readTokenHash: hashLinkToken(token) },
      select: { id: true },
    });
    return { to: thread.requesterEmail, token, previousTokenHash: thread.readTokenHash };
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
  } else if (recipient) {
    const link = `${env().APP_URL}${customerThreadPath(input.inquiryId)}`;
    await sendMailOrLog("inquiry.answered", { to: recipient.to, ...inquiryAnsweredMail({ link }) }, mail);
  }
  return { ok: true };
}

/**
 * Customer service registers what someone without a login asked by email or phone: an open thread
 * in the inbox, answered like any other (the answer reaches them as a link, see replyAsStaff).
 */
export async function registerInquiry(
  staff: Staff,
  input: TInquiryRegister,
): Promise<{ ok: true; inquiryId: string }> {
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.create({
      data: {
        requesterEmail: input.email,
        subject: input.subject,
        messages: { create: { author: "CUSTOMER", body: input.body } },
      },
      select: { id: true },
    });
    await writeAudit(tx, inquiryAudit(staff, "inquiry.register", { id: inquiry.id, customerId: null }));
    return { ok: true as const, inquiryId: inquiry.id };
  });
}

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

/**
 * Open threads waiting for this staff member: nobody has taken them, or they have and the customer
 * wrote last (a customer's message reopens a thread). One count on the status index, for the header.
 */
export async function countWaitingInquiries(staff: Pick<Staff, "userId">): Promise<number> {
  return db.inquiry.count({
    where: { status: "OPEN", OR: [{ assignedToUserId: null }, { assignedToUserId: staff.userId }] },
  });
}

/** Closes a thread; closedAt is the date the register's retention for inquiries counts from. */
export async function closeInquiry(staff: Staff, inquiryId: string): Promise<StaffActionResult> {
  const outcome = await changeOpenThread(staff, inquiryId, "inquiry.close", async (tx, thread) => {
    await tx.inquiry.update({
      where: { id: thread.id },
      data: { status: "CLOSED", closedAt: new Date() },
      select: { id: true },
    });
    if (thread.customerId) {
      await createNotice(tx, {
        customerId: thread.customerId,
        text: "Kundeservice har lukket en henvendelse fra deg.",
        href: customerThreadPath(thread.id),
      });
    }
  });
  return outcome.ok ? { ok: true } : outcome;
}

import "server-only";
import type { AuditAction, AuditActorRole, AuditSubject } from "@/features/audit/server";
import type { CustomerSession, StaffSession } from "@/features/sign-in/server";
import type { Prisma } from "@/generated/prisma/client";
// What the inquiry use cases share: who acts, the messages of a thread, and the audit row of a change.
import type { InquiryStatusId } from "../domain/inquiries";

export type Customer = Pick<CustomerSession, "userId" | "customerId">;

export function customerActor(customer: Customer) {
  return { userId: customer.userId, role: "CUSTOMER" as const };
}
export type Staff = Pick<StaffSession, "userId" | "role">;

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

export const MESSAGES = {
  orderBy: { createdAt: "asc" },
  select: { id: true, author: true, body: true, createdAt: true },
} satisfies Prisma.Inquiry$messagesArgs;

export function toMessages(
  rows: { id: string; author: string; body: string; createdAt: Date }[],
): ThreadMessage[] {
  return rows.map(({ author, ...message }) => ({ ...message, fromCustomer: author === "CUSTOMER" }));
}

/** The audit row of a change to a thread: who, whose thread, which thread. */
export function inquiryAudit<A extends AuditAction>(
  actor: { userId: string; role: AuditActorRole },
  action: A,
  inquiry: { id: string; customerId: string | null },
): AuditSubject & { action: A } {
  return {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action,
    subjectCustomerId: inquiry.customerId,
    targetType: "Inquiry",
    targetId: inquiry.id,
  };
}

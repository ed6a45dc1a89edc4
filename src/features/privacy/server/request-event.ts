import "server-only";
import { type AuditEntry, writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import type { PrivacyRequestEventKind } from "../domain/requests";

export interface RequestEvent {
  requestId: string;
  kind: PrivacyRequestEventKind;
  /** Shown to the requester on the timeline. */
  note?: string;
  actorUserId: string | null;
  createdAt: Date;
}

/**
 * A step on a request's timeline and the audit row that documents it, in the caller's transaction:
 * the customer sees the event, the controller can prove who took the step (Art. 5(2)).
 */
export async function recordRequestEvent(
  tx: Prisma.TransactionClient,
  event: RequestEvent,
  audit: AuditEntry,
) {
  await tx.privacyRequestEvent.create({ data: event, select: { id: true } });
  await writeAudit(tx, audit);
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
// A customer asks from Min side for what staff must handle (P27).
import { responseDueAt } from "../domain/request-deadline";
import { OPEN_STATUSES, type RectifiableField } from "../domain/requests";
import type { PrivacyRequestType } from "../domain/rights";
import type { CustomerActor, RequestOptions } from "./actors";
import { notifyRequester } from "./notify-requester";
import { recordRequestEvent } from "./request-event";

/** The customer's oldest open request of this type, if any: there is never a second one. */
export async function openRequestOfType(
  tx: Prisma.TransactionClient,
  customerId: string,
  type: PrivacyRequestType,
) {
  return tx.privacyRequest.findFirst({
    where: { customerId, type, status: { in: [...OPEN_STATUSES] } },
    orderBy: { receivedAt: "asc" },
    select: { id: true },
  });
}

export type SubmitResult = { ok: true; requestId: string; existing: boolean };

/**
 * A customer's request that staff handle (rectification of a register field, review of an automated
 * decision). A second open request of the same type is not made: the existing one is returned.
 */
export async function submitPrivacyRequest(
  actor: CustomerActor,
  input: { type: "RECTIFICATION" | "AUTOMATED_DECISION_REVIEW"; details: string; field?: RectifiableField },
  options: RequestOptions = {},
): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    // One open request per type and customer: lock the customer row so two submits cannot both pass.
    await tx.$queryRaw`SELECT 1 FROM "Customer" WHERE "id" = ${actor.customerId}::uuid FOR UPDATE`;
    const existing = await openRequestOfType(tx, actor.customerId, input.type);
    if (existing) return { requestId: existing.id, existing: true };
    const request = await tx.privacyRequest.create({
      data: {
        customerId: actor.customerId,
        type: input.type,
        field: input.field ?? null,
        details: input.details,
        receivedAt: now,
        dueAt: responseDueAt(now),
      },
      select: { id: true },
    });
    await recordRequestEvent(
      tx,
      { requestId: request.id, kind: "received", actorUserId: actor.userId, createdAt: now },
      {
        actorUserId: actor.userId,
        actorRole: "CUSTOMER",
        action: "privacy-request.create",
        subjectCustomerId: actor.customerId,
        targetType: "PrivacyRequest",
        targetId: request.id,
        metadata: { type: input.type, field: input.field ?? null },
      },
    );
    return { requestId: request.id, existing: false };
  });
  if (!result.existing) await notifyRequester(result.requestId, "received", options.mail);
  return { ok: true, ...result };
}

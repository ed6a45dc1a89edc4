import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { responseDueAt } from "../domain/request-deadline";
import type { PrivacyRequestType } from "../domain/rights";

/**
 * A right the customer exercised at once (restriction, objection, erasure, access copy): recorded as a
 * request that is complete on receipt, so it is on the timeline and documented (Art. 5(2)).
 */
export async function recordCompletedRequest(
  tx: Prisma.TransactionClient,
  actor: { customerId: string; userId: string | null },
  input: { type: PrivacyRequestType; details: string; resolution: string },
  now: Date,
): Promise<string> {
  const request = await tx.privacyRequest.create({
    data: {
      customerId: actor.customerId,
      type: input.type,
      details: input.details,
      status: "COMPLETED",
      receivedAt: now,
      dueAt: responseDueAt(now),
      completedAt: now,
      resolution: input.resolution,
      events: {
        create: [
          { kind: "received", actorUserId: actor.userId, createdAt: now },
          { kind: "completed", actorUserId: actor.userId, note: input.resolution, createdAt: now },
        ],
      },
    },
    select: { id: true },
  });
  return request.id;
}

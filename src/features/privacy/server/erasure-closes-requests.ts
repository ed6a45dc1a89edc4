import "server-only";
import type { Prisma } from "@/generated/prisma/client";
// An erased customer's open requests can no longer be answered: nothing is left to answer them with,
// and no login to read an answer. The erasure closes them in its own transaction, so no deadline runs on
// and the closed-requests retention rule deletes them in time. An open erasure request is what the
// erasure answers: it is completed rather than withdrawn.
import { OPEN_STATUSES, type PrivacyRequestEventKind } from "../domain/requests";

/** What the timeline of a request closed by the requester's erasure says. */
export const WITHDRAWN_RESOLUTION =
  "Opplysningene dine er slettet, så forespørselen kan ikke lenger besvares. Den er derfor avsluttet.";

/** Closes every open request of the customer at `now`; returns how many of each, for the audit row. */
export async function closeOpenRequestsOnErasure(
  tx: Prisma.TransactionClient,
  customerId: string,
  actorUserId: string | null,
  answer: { resolution: string; now: Date },
) {
  const open = await tx.privacyRequest.findMany({
    where: { customerId, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, type: true },
  });
  const answered = open.filter((request) => request.type === "ERASURE").map((request) => request.id);
  const withdrawn = open.filter((request) => request.type !== "ERASURE").map((request) => request.id);
  const close = { tx, actorUserId, now: answer.now };
  await closeRequests(close, answered, "COMPLETED", "completed", answer.resolution);
  await closeRequests(close, withdrawn, "WITHDRAWN", "withdrawn", WITHDRAWN_RESOLUTION);
  return { erasureRequestsAnswered: answered.length, requestsWithdrawn: withdrawn.length };
}

async function closeRequests(
  { tx, actorUserId, now }: { tx: Prisma.TransactionClient; actorUserId: string | null; now: Date },
  ids: string[],
  status: "COMPLETED" | "WITHDRAWN",
  kind: PrivacyRequestEventKind,
  resolution: string,
) {
  if (ids.length === 0) return;
  await tx.privacyRequest.updateMany({
    where: { id: { in: ids } },
    data: { status, completedAt: now, resolution },
  });
  await tx.privacyRequestEvent.createMany({
    data: ids.map((requestId) => ({ requestId, kind, note: resolution, actorUserId, createdAt: now })),
  });
}

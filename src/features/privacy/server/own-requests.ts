import "server-only";
import { markNoticesRead } from "@/features/notices/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
// What a customer sees of their own privacy requests: the list and one request with its timeline.
import { rightFor } from "../domain/requests";
import type { PrivacyRequestType } from "../domain/rights";
import { ownRequestPath } from "./notify-requester";

const TIMELINE_SELECT = {
  id: true,
  type: true,
  field: true,
  status: true,
  details: true,
  receivedAt: true,
  dueAt: true,
  extendedDueAt: true,
  extensionReason: true,
  completedAt: true,
  resolution: true,
  events: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, note: true, createdAt: true },
  },
} satisfies Prisma.PrivacyRequestSelect;

export type PrivacyRequestView = Prisma.PrivacyRequestGetPayload<{ select: typeof TIMELINE_SELECT }> & {
  /** The law that limits this kind of request (P29). */
  limitedBy: string;
  limits: string;
};

function withLimits<R extends { type: PrivacyRequestType }>(request: R) {
  const right = rightFor(request.type);
  return { ...request, limitedBy: right.limitedBy, limits: right.limits };
}

/** The customer's own requests, newest first. */
export async function listOwnPrivacyRequests(customerId: string): Promise<PrivacyRequestView[]> {
  const rows = await db.privacyRequest.findMany({
    where: { customerId },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    select: TIMELINE_SELECT,
  });
  return rows.map(withLimits);
}

/** One request with its timeline, only if it is the customer's own: anything else is null (→ 404). */
export async function getOwnPrivacyRequest(customerId: string, requestId: string) {
  const row = await db.privacyRequest.findFirst({
    where: { id: requestId, customerId },
    select: TIMELINE_SELECT,
  });
  if (!row) return null;
  await markNoticesRead(customerId, ownRequestPath(requestId));
  return withLimits(row);
}

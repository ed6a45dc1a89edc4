import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
// Staff move a request on: start, extend, complete or reject it (/admin/personvernsaker).
import { extendedDueAt } from "../domain/request-deadline";
import {
  OPEN_STATUSES,
  type PrivacyRequestEventKind,
  type PrivacyRequestStatus,
  type TStaffTransition,
} from "../domain/requests";
import type { RequestOptions, StaffActor } from "./actors";
import { noticeOfChange, notifyRequester } from "./notify-requester";
import { recordRequestEvent } from "./request-event";

export type TransitionResult =
  | { ok: true; status: PrivacyRequestStatus }
  | {
      ok: false;
      reason:
        | "not-found"
        | "closed"
        | "not-received"
        | "already-extended"
        | "extension-too-late"
        | "erasure-not-carried-out";
    };

type TransitionFailure = Extract<TransitionResult, { ok: false }>;

/** Staff move a request on; the requester is mailed each change with the reason given. */
export async function transitionPrivacyRequest(
  staff: StaffActor,
  input: TStaffTransition,
  options: RequestOptions = {},
): Promise<TransitionResult> {
  const now = options.now ?? new Date();
  const result = await db.$transaction((tx) => transitionWithin(tx, staff, input, now));
  if (!result.ok) return result;
  await notifyRequester(input.requestId, result.kind, options.mail);
  return { ok: true, status: result.status };
}

/** Locks the request and reads what a transition needs; null if there is no such request. */
export async function lockRequest(tx: Prisma.TransactionClient, requestId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "PrivacyRequest" WHERE "id" = ${requestId}::uuid FOR UPDATE`;
  if (!locked) return null;
  return tx.privacyRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      status: true,
      type: true,
      field: true,
      receivedAt: true,
      dueAt: true,
      extendedDueAt: true,
      customerId: true,
    },
  });
}

type LockedRequest = NonNullable<Awaited<ReturnType<typeof lockRequest>>>;

interface Change {
  data: Prisma.PrivacyRequestUpdateInput;
  /** A staff transition's kinds only: each is an audit action "privacy-request.<kind>". */
  kind: Extract<PrivacyRequestEventKind, "in-progress" | "extended" | "completed" | "rejected">;
  note: string;
}

/** What the transition changes on this request, or why it may not. */
function changeFor(request: LockedRequest, input: TStaffTransition, now: Date): Change | TransitionFailure {
  switch (input.kind) {
    case "start":
      if (request.status !== "RECEIVED") return { ok: false, reason: "not-received" };
      return { data: { status: "IN_PROGRESS" }, kind: "in-progress", note: "" };
    case "extend":
      if (request.extendedDueAt) return { ok: false, reason: "already-extended" };
      // The requester must be told why within the first month (Art. 12(3)).
      if (now >= request.dueAt) return { ok: false, reason: "extension-too-late" };
      return {
        data: {
          status: "EXTENDED",
          extendedDueAt: extendedDueAt(request.receivedAt),
          extensionReason: input.reason,
        },
        kind: "extended",
        note: input.reason,
      };
    case "complete":
      // An erasure is completed by carrying it out (staff-erasure.ts), never by saying it is done.
      if (request.type === "ERASURE") return { ok: false, reason: "erasure-not-carried-out" };
      return {
        data: { status: "COMPLETED", completedAt: now, resolution: input.reason },
        kind: "completed",
        note: input.reason,
      };
    case "reject":
      return {
        data: { status: "REJECTED", completedAt: now, resolution: input.reason },
        kind: "rejected",
        note: input.reason,
      };
  }
}

/** The transition inside the caller's transaction (a rectification edits the customer in the same one). */
export async function transitionWithin(
  tx: Prisma.TransactionClient,
  staff: StaffActor,
  input: TStaffTransition,
  now: Date,
): Promise<{ ok: true; status: PrivacyRequestStatus; kind: PrivacyRequestEventKind } | TransitionFailure> {
  const request = await lockRequest(tx, input.requestId);
  if (!request) return { ok: false, reason: "not-found" };
  if (!(OPEN_STATUSES as readonly string[]).includes(request.status)) return { ok: false, reason: "closed" };
  const change = changeFor(request, input, now);
  if ("ok" in change) return change;
  const { kind, note } = change;
  const updated = await tx.privacyRequest.update({
    where: { id: input.requestId },
    data: change.data,
    select: { status: true },
  });
  await recordRequestEvent(
    tx,
    { requestId: input.requestId, kind, note, actorUserId: staff.userId, createdAt: now },
    {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: `privacy-request.${kind}`,
      subjectCustomerId: request.customerId,
      targetType: "PrivacyRequest",
      targetId: input.requestId,
      metadata: { type: request.type, status: updated.status },
    },
  );
  await noticeOfChange(tx, request, input.requestId, kind);
  return { ok: true, status: updated.status, kind };
}

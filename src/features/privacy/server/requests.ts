import "server-only";
import { writeAudit } from "@/features/audit/server";
import { createNotice, markNoticesRead } from "@/features/notices/server";
import type { Prisma, Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { PRIVACY_REQUEST_STATUS_LABELS, PRIVACY_REQUEST_TYPE_LABELS } from "@/platform/format/labels";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { privacyRequestMail } from "@/platform/mail/templates";
import { deadlineText, extendedDueAt, responseDueAt } from "../domain/request-deadline";
import {
  EVENT_NAMES,
  OPEN_STATUSES,
  type PrivacyRequestEventKind,
  type PrivacyRequestStatus,
  type RectifiableField,
  rightFor,
  type TStaffTransition,
} from "../domain/requests";
import type { PrivacyRequestType } from "../domain/rights";

export interface RequestOptions {
  now?: Date;
  mail?: MailOptions;
}

export interface CustomerActor {
  userId: string;
  customerId: string;
}

export interface StaffActor {
  userId: string;
  role: Exclude<Role, "CUSTOMER">;
}

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

/** The answer is owed by this instant; an extension moves it. */
export function effectiveDueAt(request: { dueAt: Date; extendedDueAt: Date | null }): Date {
  return request.extendedDueAt ?? request.dueAt;
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
        events: { create: { kind: "received", actorUserId: actor.userId, createdAt: now } },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "CUSTOMER",
      action: "privacy-request.create",
      subjectCustomerId: actor.customerId,
      targetType: "PrivacyRequest",
      targetId: request.id,
      metadata: { type: input.type, field: input.field ?? null },
    });
    return { requestId: request.id, existing: false };
  });
  if (!result.existing) await notifyRequester(result.requestId, "received", options.mail);
  return { ok: true, ...result };
}

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

/** The page where a customer follows one of their requests. */
export const ownRequestPath = (requestId: string) => `/min-side/personvern/foresporsler/${requestId}`;

/** The in-app notice of a change, for a requester who is a customer (others are mailed only). */
export async function noticeOfChange(
  tx: Prisma.TransactionClient,
  request: { customerId: string | null },
  requestId: string,
  kind: PrivacyRequestEventKind,
) {
  if (!request.customerId) return;
  await createNotice(tx, {
    customerId: request.customerId,
    text: `Nytt i personvernforespørselen din: ${EVENT_NAMES[kind]}.`,
    href: ownRequestPath(requestId),
  });
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

/** The transition inside the caller's transaction (a rectification edits the customer in the same one). */
export async function transitionWithin(
  tx: Prisma.TransactionClient,
  staff: StaffActor,
  input: TStaffTransition,
  now: Date,
): Promise<
  | { ok: true; status: PrivacyRequestStatus; kind: PrivacyRequestEventKind }
  | Extract<TransitionResult, { ok: false }>
> {
  const request = await lockRequest(tx, input.requestId);
  if (!request) return { ok: false, reason: "not-found" };
  if (!(OPEN_STATUSES as readonly string[]).includes(request.status)) return { ok: false, reason: "closed" };

  let data: Prisma.PrivacyRequestUpdateInput;
  let kind: PrivacyRequestEventKind;
  let note = "";
  switch (input.kind) {
    case "start":
      if (request.status !== "RECEIVED") return { ok: false, reason: "not-received" };
      data = { status: "IN_PROGRESS" };
      kind = "in-progress";
      break;
    case "extend":
      if (request.extendedDueAt) return { ok: false, reason: "already-extended" };
      // The requester must be told why within the first month (Art. 12(3)).
      if (now >= request.dueAt) return { ok: false, reason: "extension-too-late" };
      data = {
        status: "EXTENDED",
        extendedDueAt: extendedDueAt(request.receivedAt),
        extensionReason: input.reason,
      };
      kind = "extended";
      note = input.reason;
      break;
    case "complete":
      // An erasure is completed by carrying it out (staff-erasure.ts), never by saying it is done.
      if (request.type === "ERASURE") return { ok: false, reason: "erasure-not-carried-out" };
      data = { status: "COMPLETED", completedAt: now, resolution: input.reason };
      kind = "completed";
      note = input.reason;
      break;
    case "reject":
      data = { status: "REJECTED", completedAt: now, resolution: input.reason };
      kind = "rejected";
      note = input.reason;
      break;
  }
  const updated = await tx.privacyRequest.update({
    where: { id: input.requestId },
    data: { ...data, events: { create: { kind, note, actorUserId: staff.userId, createdAt: now } } },
    select: { status: true },
  });
  await writeAudit(tx, {
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: `privacy-request.${kind}`,
    subjectCustomerId: request.customerId,
    targetType: "PrivacyRequest",
    targetId: input.requestId,
    metadata: { type: request.type, status: updated.status },
  });
  await noticeOfChange(tx, request, input.requestId, kind);
  return { ok: true, status: updated.status, kind };
}

/**
 * Mails the requester (the customer's contact email, else the email the request gave) about a change;
 * `to` is the address read before an erasure removed both.
 */
export async function notifyRequester(
  requestId: string,
  kind: PrivacyRequestEventKind,
  mail: MailOptions | undefined,
  to: string | null = null,
) {
  const request = await db.privacyRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      id: true,
      type: true,
      status: true,
      dueAt: true,
      extendedDueAt: true,
      requesterEmail: true,
      customer: { select: { email: true, user: { select: { id: true } } } },
      events: { where: { kind }, orderBy: { createdAt: "desc" }, take: 1, select: { note: true } },
    },
  });
  const recipient = to ?? request.customer?.email ?? request.requesterEmail;
  if (!recipient) return;
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  await sendMailOrLog(
    "privacy request",
    {
      to: recipient,
      ...privacyRequestMail({
        typeName: PRIVACY_REQUEST_TYPE_LABELS[request.type],
        statusName: PRIVACY_REQUEST_STATUS_LABELS[request.status],
        eventName: EVENT_NAMES[kind],
        note: request.events[0]?.note ?? "",
        dueText: open ? deadlineText(effectiveDueAt(request)) : null,
        link: request.customer?.user ? `${env().APP_URL}${ownRequestPath(request.id)}` : null,
      }),
    },
    mail,
  );
}

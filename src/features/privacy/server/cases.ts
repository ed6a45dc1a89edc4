import "server-only";
import { listedCustomerEntries, writeAudit, writeAuditRows } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import type { MailOptions } from "@/platform/mail/mailer";
import { effectiveDueAt } from "../domain/request-deadline";
// The staff queue for privacy requests (/admin/personvernsaker): by due date, overdue marked, and a
// case view that is itself audited as a look at the customer's data.
import { OPEN_STATUSES, type TCaseFilter, type TLiftRestriction } from "../domain/requests";
import type { StaffActor } from "./actors";
import { noticeOfChange, notifyRequester } from "./notify-requester";
import { recordRequestEvent } from "./request-event";
import { lockRequest } from "./transition";

export interface CaseRow {
  id: string;
  type: Prisma.PrivacyRequestGetPayload<object>["type"];
  status: Prisma.PrivacyRequestGetPayload<object>["status"];
  receivedAt: Date;
  dueAt: Date;
  overdue: boolean;
  customerNumber: number | null;
  /** For a requester who is not a customer. */
  requesterEmail: string | null;
}

/**
 * Open requests first, each by the date its answer is owed; closed ones after, newest first. The list
 * shows each requester's customer number: one audit row per customer shown, for their "who has looked".
 */
export async function listPrivacyCases(
  staff: StaffActor,
  filter: TCaseFilter,
  now = new Date(),
): Promise<CaseRow[]> {
  const where: Prisma.PrivacyRequestWhereInput = {
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.status === "OPEN"
      ? { status: { in: [...OPEN_STATUSES] } }
      : filter.status
        ? { status: filter.status }
        : {}),
  };
  const rows = await db.privacyRequest.findMany({
    where,
    take: 500,
    orderBy: [{ receivedAt: "desc" }],
    select: {
      id: true,
      type: true,
      status: true,
      receivedAt: true,
      dueAt: true,
      extendedDueAt: true,
      requesterEmail: true,
      customerId: true,
      customer: { select: { customerNumber: true } },
    },
  });
  await writeAuditRows(
    db,
    listedCustomerEntries(
      staff,
      "privacy-request.list",
      rows.map((row) => row.customerId),
      { reason: "privacy-request", shown: ["customer-number", "privacy-requests"] },
    ),
  );
  const cases = rows.map((row) => {
    const dueAt = effectiveDueAt(row);
    const open = (OPEN_STATUSES as readonly string[]).includes(row.status);
    return {
      id: row.id,
      type: row.type,
      status: row.status,
      receivedAt: row.receivedAt,
      dueAt,
      overdue: open && dueAt <= now,
      customerNumber: row.customer?.customerNumber ?? null,
      requesterEmail: row.customer ? null : row.requesterEmail,
      open,
    };
  });
  cases.sort((a, b) =>
    a.open !== b.open ? (a.open ? -1 : 1) : a.open ? +a.dueAt - +b.dueAt : +b.receivedAt - +a.receivedAt,
  );
  return cases.map(({ open: _open, ...row }) => row);
}

/**
 * One case with its timeline and the requester's current name and address. The look is audited in the
 * same transaction, with the reason the page exists for: working the privacy request.
 */
export async function viewPrivacyCase(staff: StaffActor, requestId: string) {
  return db.$transaction(async (tx) => {
    const request = await tx.privacyRequest.findUnique({
      where: { id: requestId },
      select: {
        id: true,
        type: true,
        field: true,
        status: true,
        details: true,
        receivedAt: true,
        dueAt: true,
        extendedDueAt: true,
        extensionReason: true,
        resolution: true,
        requesterEmail: true,
        identityVerification: true,
        customerId: true,
        customer: {
          select: {
            customerNumber: true,
            firstName: true,
            lastName: true,
            street: true,
            postalCode: true,
            city: true,
            restrictedAt: true,
            marketingObjectedAt: true,
            profilingObjectedAt: true,
            anonymisedAt: true,
            // Whether Experian got the name and address: it is told of a correction only then (Art. 19).
            onboarding: { select: { creditDecidedAt: true } },
          },
        },
        events: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            kind: true,
            note: true,
            createdAt: true,
            actorUser: { select: { role: true } },
          },
        },
      },
    });
    if (!request) return null;
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "privacy-request.view",
      subjectCustomerId: request.customerId,
      targetType: "PrivacyRequest",
      targetId: request.id,
      metadata: {
        reason: "privacy-request",
        shown: request.customer
          ? ["privacy-request", "customer-number", "name", "address", "restriction-and-objections"]
          : ["privacy-request", "requester-email"],
      },
    });
    return request;
  });
}

export type LiftResult =
  | { ok: true }
  | { ok: false; reason: "not-found" | "not-restriction" | "not-restricted" };

/**
 * Staff lift a restriction (Art. 18(3)): the flag goes, the restriction request gets an event with
 * the reason, and the customer is mailed it.
 */
export async function liftRestriction(
  staff: StaffActor,
  input: TLiftRestriction,
  options: { now?: Date; mail?: MailOptions } = {},
): Promise<LiftResult> {
  const now = options.now ?? new Date();
  const result = await db.$transaction(async (tx): Promise<LiftResult> => {
    const request = await lockRequest(tx, input.requestId);
    if (!request) return { ok: false, reason: "not-found" };
    if (request.type !== "RESTRICTION" || !request.customerId)
      return { ok: false, reason: "not-restriction" };
    const lifted = await tx.customer.updateMany({
      where: { id: request.customerId, restrictedAt: { not: null } },
      data: { restrictedAt: null },
    });
    if (lifted.count === 0) return { ok: false, reason: "not-restricted" };
    await recordRequestEvent(
      tx,
      {
        requestId: input.requestId,
        kind: "restriction-lifted",
        note: input.reason,
        actorUserId: staff.userId,
        createdAt: now,
      },
      {
        actorUserId: staff.userId,
        actorRole: staff.role,
        action: "privacy.restriction.lifted",
        subjectCustomerId: request.customerId,
        targetType: "PrivacyRequest",
        targetId: input.requestId,
      },
    );
    await noticeOfChange(tx, request, input.requestId, "restriction-lifted");
    return { ok: true };
  });
  if (result.ok) await notifyRequester(input.requestId, "restriction-lifted", options.mail);
  return result;
}

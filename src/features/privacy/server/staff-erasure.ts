import "server-only";
import { writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
// Customer service carries out an erasure someone asked for by email, phone or letter (P24, P28): the
// customer's own erasure on their open request, or for someone who is not a customer, what their email finds.
import { OPEN_STATUSES } from "../domain/requests";
import { erasureFindingText, type TErasureFinding } from "../domain/staff-registration";
import type { RequestOptions, StaffActor } from "./actors";
import { anonymiseWithin, ERASED_RESOLUTION } from "./erasure";
import { notifyRequester } from "./notify-requester";
import { keepRetentionOff } from "./retention-lock";
import { lockRequest } from "./transition";

export type StaffErasureResult =
  | { ok: true }
  | {
      ok: false;
      reason:
        | "not-found"
        | "closed"
        | "not-erasure"
        | "no-customer"
        | "not-a-customer-request"
        | "identity-not-verified"
        | "active-contract"
        | "retention-running";
    };

/** Completes the open erasure request itself (not a new one), with its timeline event. */
async function completeRequestWithin(
  tx: Prisma.TransactionClient,
  staff: StaffActor,
  requestId: string,
  resolution: string,
  now: Date,
): Promise<string> {
  await tx.privacyRequest.update({
    where: { id: requestId },
    data: {
      status: "COMPLETED",
      completedAt: now,
      resolution,
      events: { create: { kind: "completed", note: resolution, actorUserId: staff.userId, createdAt: now } },
    },
    select: { id: true },
  });
  return requestId;
}

/** The open ERASURE request, locked, or why it cannot be acted on. */
async function openErasureRequest(tx: Prisma.TransactionClient, requestId: string) {
  const request = await lockRequest(tx, requestId);
  if (!request) return { ok: false as const, reason: "not-found" as const };
  if (request.type !== "ERASURE") return { ok: false as const, reason: "not-erasure" as const };
  if (!(OPEN_STATUSES as readonly string[]).includes(request.status))
    return { ok: false as const, reason: "closed" as const };
  return { ok: true as const, request };
}

/**
 * Staff carry out an existing customer's erasure request: the same erasure as self-service, refused
 * while a contract is active and until staff have recorded how the requester's identity was verified.
 * The request is completed with its event and audit row, and the requester is mailed at the address
 * read before the erasure removed it (their login, and so Min side, is gone with it).
 */
export async function carryOutErasure(
  staff: StaffActor,
  input: { requestId: string },
  options: RequestOptions = {},
): Promise<StaffErasureResult> {
  const now = options.now ?? new Date();
  const outcome = await db.$transaction(
    async (tx): Promise<Exclude<StaffErasureResult, { ok: true }> | { ok: true; to: string | null }> => {
      const open = await openErasureRequest(tx, input.requestId);
      if (!open.ok) return open;
      const { customerId } = open.request;
      if (!customerId) return { ok: false, reason: "no-customer" };
      const request = await tx.privacyRequest.findUniqueOrThrow({
        where: { id: input.requestId },
        select: { identityVerification: true, requesterEmail: true, customer: { select: { email: true } } },
      });
      if (!request.identityVerification) return { ok: false, reason: "identity-not-verified" };
      const to = request.customer?.email ?? request.requesterEmail;
      const complete = () => completeRequestWithin(tx, staff, input.requestId, ERASED_RESOLUTION, now);
      const erased = await anonymiseWithin(tx, customerId, staff, now, complete);
      if (!erased.ok) return erased;
      // Erased already (by the customer themselves meanwhile): the request is answered all the same.
      if (erased.alreadyErased) {
        await complete();
        await writeAudit(tx, {
          actorUserId: staff.userId,
          actorRole: staff.role,
          action: "privacy-request.completed",
          subjectCustomerId: customerId,
          targetType: "PrivacyRequest",
          targetId: input.requestId,
          metadata: { type: "ERASURE", alreadyErased: true },
        });
      }
      return { ok: true, to };
    },
  );
  if (!outcome.ok) return outcome;
  await notifyRequester(input.requestId, "completed", options.mail, outcome.to);
  return { ok: true };
}

/** What an erasure for someone who is not a customer finds by their email: threads and applications. */
export async function nonCustomerErasurePreview(email: string) {
  const [inquiries, applications] = await Promise.all([
    db.inquiry.count({ where: nonCustomerInquiries(email) }),
    db.onboardingApplication.count({ where: nonCustomerApplications(email) }),
  ]);
  return { inquiries, applications };
}

const nonCustomerInquiries = (email: string) =>
  ({ customerId: null, requesterEmail: { equals: email, mode: "insensitive" } }) as const;
const nonCustomerApplications = (email: string) =>
  ({ customerId: null, email: { equals: email, mode: "insensitive" } }) as const;

/**
 * An erasure request from someone who is not a customer: nothing of theirs is in the customer tables.
 * Their registered inquiries and unfinished applications (found by the email the request came from)
 * are deleted, and the request is completed with the finding in words and the staff member's note.
 */
export async function recordErasureFinding(
  staff: StaffActor,
  input: TErasureFinding,
  options: RequestOptions = {},
): Promise<StaffErasureResult> {
  const now = options.now ?? new Date();
  const result = await db.$transaction(async (tx): Promise<StaffErasureResult> => {
    // It deletes threads and applications, as the retention run does: the two never overlap.
    if (!(await keepRetentionOff(tx))) return { ok: false, reason: "retention-running" };
    const open = await openErasureRequest(tx, input.requestId);
    if (!open.ok) return open;
    if (open.request.customerId) return { ok: false, reason: "not-a-customer-request" };
    const { requesterEmail } = await tx.privacyRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: { requesterEmail: true },
    });
    const deleted = requesterEmail
      ? {
          inquiries: (await tx.inquiry.deleteMany({ where: nonCustomerInquiries(requesterEmail) })).count,
          applications: (
            await tx.onboardingApplication.deleteMany({ where: nonCustomerApplications(requesterEmail) })
          ).count,
        }
      : { inquiries: 0, applications: 0 };
    await completeRequestWithin(tx, staff, input.requestId, erasureFindingText(deleted, input.note), now);
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "privacy.erasure.non-customer",
      targetType: "PrivacyRequest",
      targetId: input.requestId,
      metadata: deleted,
    });
    return { ok: true };
  });
  if (result.ok) await notifyRequester(input.requestId, "completed", options.mail);
  return result;
}

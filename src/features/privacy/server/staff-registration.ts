import "server-only";
import { db } from "@/platform/db";
// Customer service registers a privacy request that came by email, phone or letter (P28): from a
// customer whose identity staff verified, or from someone who is not (or no longer) a customer.
import { osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { responseDueAt } from "../domain/request-deadline";
import type { TRegisterPrivacyRequest } from "../domain/staff-registration";
import type { RequestOptions, StaffActor } from "./actors";
import { notifyRequester } from "./notify-requester";
import { recordRequestEvent } from "./request-event";
import { openRequestOfType } from "./submit-request";

export type RegisterResult =
  | { ok: true; requestId: string }
  | {
      ok: false;
      reason: "received-in-future" | "no-such-customer" | "customer-erased" | "already-open";
      /** For "already-open": the request to work instead. */
      requestId?: string;
    };

/**
 * The instant the deadline counts from: now when it came in today, else the start of that Oslo day
 * (the deadline depends on the date only). Null for a day that has not come yet.
 */
function receivedInstant(receivedOn: string, now: Date): Date | null {
  if (receivedOn === osloDate(now)) return now;
  const start = osloMidnight(receivedOn);
  return start > now ? null : start;
}

/**
 * Registers the request with its received date and deadline, a timeline event and an audit row, and
 * mails the requester a receipt. A customer's request needs how their identity was verified (the
 * schema demands it), and a second open request of the same type is refused with the open one's id.
 */
export async function registerPrivacyRequest(
  staff: StaffActor,
  input: TRegisterPrivacyRequest,
  options: RequestOptions = {},
): Promise<RegisterResult> {
  const now = options.now ?? new Date();
  const receivedAt = receivedInstant(input.receivedOn, now);
  if (!receivedAt) return { ok: false, reason: "received-in-future" };
  const result = await db.$transaction(async (tx): Promise<RegisterResult> => {
    let customerId: string | null = null;
    if (input.requester === "customer") {
      const [customer] = await tx.$queryRaw<{ id: string; anonymisedAt: Date | null }[]>`
        SELECT "id", "anonymisedAt" FROM "Customer"
        WHERE "customerNumber" = ${Number(input.customerNumber)} FOR UPDATE`;
      if (!customer) return { ok: false, reason: "no-such-customer" };
      if (customer.anonymisedAt) return { ok: false, reason: "customer-erased" };
      const open = await openRequestOfType(tx, customer.id, input.type);
      if (open) return { ok: false, reason: "already-open", requestId: open.id };
      customerId = customer.id;
    }
    const request = await tx.privacyRequest.create({
      data: {
        customerId,
        requesterEmail: input.email,
        type: input.type,
        details: input.details,
        receivedAt,
        dueAt: responseDueAt(receivedAt),
        identityVerification: input.requester === "customer" ? input.identityVerification : null,
      },
      select: { id: true },
    });
    await recordRequestEvent(
      tx,
      {
        requestId: request.id,
        kind: "received",
        note: "Registrert av kundeservice.",
        actorUserId: staff.userId,
        createdAt: receivedAt,
      },
      {
        actorUserId: staff.userId,
        actorRole: staff.role,
        action: "privacy-request.register",
        subjectCustomerId: customerId,
        targetType: "PrivacyRequest",
        targetId: request.id,
        metadata: {
          type: input.type,
          customer: customerId !== null,
          identityVerification: input.requester === "customer" ? input.identityVerification : null,
        },
      },
    );
    return { ok: true, requestId: request.id };
  });
  if (result.ok) await notifyRequester(result.requestId, "received", options.mail);
  return result;
}

import "server-only";
import { writeAudit } from "@/features/audit/server";
import type { FieldSource } from "@/features/onboarding/server";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { inPeopleCase } from "@/platform/format/people-case";
import type { MailOptions } from "@/platform/mail/mailer";
import { type Registries, registries } from "@/platform/registries/registries";
// Resolving a rectification of a name or address (Art. 16, P23). Staff may first ask Folkeregisteret
// what it says, an audited look that writes nothing else; a correction said to be the register's is
// checked against the register again when it is saved. The correction records where the new value
// came from (fieldSources) and that the recipients of the old one were told (Art. 19).
import {
  type CorrectedValue,
  matchesRegister,
  recipientNames,
  recipientsToTell,
  registeredName,
  type TRectificationResolve,
} from "../domain/rectification";
import { OPEN_STATUSES } from "../domain/requests";
import type { StaffActor } from "./actors";
import { notifyRequester } from "./notify-requester";
import { recordRequestEvent } from "./request-event";
import { lockRequest, transitionWithin } from "./transition";

type RequestFailure = "not-found" | "closed" | "not-rectification" | "no-customer";
type RegisterFailure = "register-not-found" | "register-unavailable" | "register-no-address";

export type RegisterCheckResult =
  | { ok: true; registered: CorrectedValue }
  | { ok: false; reason: RequestFailure | RegisterFailure };

interface Subject {
  requestId: string;
  customerId: string;
  field: CorrectedValue["field"];
  nationalIdCiphertext: string;
  name: string;
}

/** The open name or address rectification of a customer we can still look up, or why not. */
async function rectificationSubject(
  requestId: string,
): Promise<{ ok: true; subject: Subject } | { ok: false; reason: RequestFailure }> {
  const request = await db.privacyRequest.findUnique({
    where: { id: requestId },
    select: {
      type: true,
      field: true,
      status: true,
      customerId: true,
      customer: {
        select: { firstName: true, lastName: true, nationalIdCiphertext: true, anonymisedAt: true },
      },
    },
  });
  if (!request) return { ok: false, reason: "not-found" };
  const field = request.field;
  if (request.type !== "RECTIFICATION" || (field !== "name" && field !== "address"))
    return { ok: false, reason: "not-rectification" };
  const customer = request.customer;
  if (!request.customerId || !customer?.nationalIdCiphertext || customer.anonymisedAt)
    return { ok: false, reason: "no-customer" };
  if (!(OPEN_STATUSES as readonly string[]).includes(request.status)) return { ok: false, reason: "closed" };
  return {
    ok: true,
    subject: {
      requestId,
      customerId: request.customerId,
      field,
      nationalIdCiphertext: customer.nationalIdCiphertext,
      name: `${customer.firstName} ${customer.lastName}`,
    },
  };
}

/** Asks Folkeregisteret about the subject's field; the look is audited whatever it answers. */
async function askRegister(
  staff: StaffActor,
  subject: Subject,
  clients: Registries = registries(),
): Promise<RegisterCheckResult> {
  const answer = await clients.folkeregister.findPerson({
    nationalId: decryptNationalId(subject.nationalIdCiphertext),
    name: subject.name,
  });
  const address = answer.ok ? answer.value.address : null;
  const registered: CorrectedValue | null = !answer.ok
    ? null
    : subject.field === "name"
      ? registeredName(answer.value)
      : address && {
          field: "address",
          street: inPeopleCase(address.street),
          postalCode: address.postalCode,
          city: inPeopleCase(address.city),
        };
  await writeAudit(db, {
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: "privacy-request.register-check",
    subjectCustomerId: subject.customerId,
    targetType: "PrivacyRequest",
    targetId: subject.requestId,
    metadata: {
      reason: "privacy-request",
      shown: [`folkeregister.${subject.field}`],
      outcome: answer.ok ? (registered ? "found" : "no-address") : answer.reason,
    },
  });
  if (!answer.ok)
    return {
      ok: false,
      reason: answer.reason === "not-found" ? "register-not-found" : "register-unavailable",
    };
  return registered ? { ok: true, registered } : { ok: false, reason: "register-no-address" };
}

/** What Folkeregisteret says about the field the request is about, for staff to compare. Writes only the audit row. */
export async function checkAgainstRegister(
  staff: StaffActor,
  requestId: string,
  options: { registries?: Registries } = {},
): Promise<RegisterCheckResult> {
  const found = await rectificationSubject(requestId);
  return found.ok ? askRegister(staff, found.subject, options.registries) : found;
}

function correctedValue(input: TRectificationResolve): CorrectedValue {
  return input.field === "name"
    ? { field: "name", firstName: input.firstName, lastName: input.lastName }
    : { field: "address", street: input.street, postalCode: input.postalCode, city: input.city };
}

export type ResolveResult =
  | { ok: true }
  | { ok: false; reason: RequestFailure | RegisterFailure | "register-differs" };

/** A correction said to be the register's must be what the register says now. */
async function confirmedByRegister(
  staff: StaffActor,
  input: TRectificationResolve,
  clients: Registries | undefined,
): Promise<ResolveResult> {
  const found = await rectificationSubject(input.requestId);
  if (!found.ok) return found;
  if (found.subject.field !== input.field) return { ok: false, reason: "not-rectification" };
  const looked = await askRegister(staff, found.subject, clients);
  if (!looked.ok) return looked;
  return matchesRegister(correctedValue(input), looked.registered)
    ? { ok: true }
    : { ok: false, reason: "register-differs" };
}

/**
 * Corrects the name or address the request is about and completes it, in one transaction: the new
 * value, its source, the recipients told (an event the customer sees) and the audit row.
 */
export async function resolveRectification(
  staff: StaffActor,
  input: TRectificationResolve,
  options: { now?: Date; mail?: MailOptions; registries?: Registries } = {},
): Promise<ResolveResult> {
  const now = options.now ?? new Date();
  if (input.source === "register") {
    const confirmed = await confirmedByRegister(staff, input, options.registries);
    if (!confirmed.ok) return confirmed;
  }
  const result = await db.$transaction(async (tx): Promise<ResolveResult> => {
    const request = await lockRequest(tx, input.requestId);
    if (!request) return { ok: false, reason: "not-found" };
    if (request.type !== "RECTIFICATION" || request.field !== input.field) {
      return { ok: false, reason: "not-rectification" };
    }
    if (!request.customerId) return { ok: false, reason: "no-customer" };
    if (!(OPEN_STATUSES as readonly string[]).includes(request.status))
      return { ok: false, reason: "closed" };
    const customer = await tx.customer.findUniqueOrThrow({
      where: { id: request.customerId },
      select: { fieldSources: true, anonymisedAt: true, onboarding: { select: { creditDecidedAt: true } } },
    });
    // An erased customer's name and address are gone for good: nothing may write them back.
    if (customer.anonymisedAt) return { ok: false, reason: "no-customer" };
    const { field: _field, ...columns } = correctedValue(input);
    const source: FieldSource = input.source === "register" ? "REGISTER" : "PERSON";
    await tx.customer.update({
      where: { id: request.customerId },
      data: {
        ...columns,
        fieldSources: {
          ...((customer.fieldSources ?? {}) as Record<string, FieldSource>),
          ...Object.fromEntries(Object.keys(columns).map((column) => [column, source])),
        },
      },
      select: { id: true },
    });
    const told = recipientsToTell(input.field, Boolean(customer.onboarding?.creditDecidedAt));
    await recordRequestEvent(
      tx,
      {
        requestId: input.requestId,
        kind: "recipients-told",
        note: `${recipientNames(told)} har fått den rettede opplysningen (personvernforordningen artikkel 19).`,
        actorUserId: staff.userId,
        createdAt: now,
      },
      {
        actorUserId: staff.userId,
        actorRole: staff.role,
        action: `privacy-request.rectified.${input.field}`,
        subjectCustomerId: request.customerId,
        targetType: "Customer",
        targetId: request.customerId,
        metadata: { requestId: input.requestId, source: input.source, recipientsTold: told },
      },
    );
    const done = await transitionWithin(
      tx,
      staff,
      { requestId: input.requestId, kind: "complete", reason: input.reason },
      now,
    );
    return done.ok ? { ok: true } : { ok: false, reason: "closed" };
  });
  if (result.ok) await notifyRequester(input.requestId, "completed", options.mail);
  return result;
}

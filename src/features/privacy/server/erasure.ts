import "server-only";
import { writeAudit } from "@/features/audit/server";
import { supplyWindowsOf, withinSupply } from "@/features/consumption/server";
import { supplyingContracts } from "@/features/contracts/server";
import { checkCurrentPassword } from "@/features/sign-in/server";
import { Prisma, type Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { erasureReceiptMail } from "@/platform/mail/templates";
// Erasure (GDPR Art. 17, P24) in one transaction (a crash leaves everything or nothing): by the customer
// on Min side, or by customer service on a request (staff-erasure.ts). What it would do: erasure-preview.ts.
import { osloDate } from "@/platform/time/oslo-calendar";
import { recordCompletedRequest } from "./completed-request";
import { inquiriesOf } from "./customer-data";
import { closeOpenRequestsOnErasure } from "./erasure-closes-requests";
import { keepRetentionOff } from "./retention-lock";

/** Why the erasure itself did not run: a contract still supplies, or a retention run is under way. */
type AnonymiseRefusal = { ok: false; reason: "active-contract" | "retention-running" };

export type ErasureResult =
  | { ok: true; alreadyErased: boolean }
  | AnonymiseRefusal
  | { ok: false; reason: "wrong-current-password" | "too-many-attempts" };

const ALREADY_ERASED = { ok: true, alreadyErased: true } as const;

const SCRUBBED = "";

/**
 * Erases and anonymises the customer per the register in one transaction: contact details, national
 * ID, login (every session ends with it), second factor, consents, inquiries, onboarding
 * applications, consumption; invoices stay with their frozen buyer snapshot, contracts and metering
 * points stay for their accounting period, privacy requests stay without free text. The audit row
 * holds counts only. Erasing an erased customer changes nothing.
 */
export async function eraseCustomer(
  customerId: string,
  actor: { userId: string; role: Role },
  now = new Date(),
): Promise<ErasureResult> {
  return db.$transaction((tx) =>
    anonymiseWithin(tx, customerId, actor, now, () =>
      recordCompletedRequest(
        tx,
        // A customer's own login is gone with the erasure; staff are named on the event.
        { customerId, userId: actor.role === "CUSTOMER" ? null : actor.userId },
        { type: "ERASURE", details: SCRUBBED, resolution: ERASED_RESOLUTION },
        now,
      ),
    ),
  );
}

/**
 * The customer row once erased or anonymised by retention: a customer number, and the name and address
 * only on the invoices the bookkeeping law keeps.
 */
export function anonymisedCustomer(now: Date) {
  return {
    firstName: "Slettet",
    lastName: "kunde",
    email: null,
    phone: null,
    street: "",
    postalCode: "0000",
    city: "",
    nationalIdCiphertext: null,
    nationalIdHash: null,
    restrictedAt: null,
    marketingObjectedAt: null,
    profilingObjectedAt: null,
    fieldSources: Prisma.DbNull,
    anonymisedAt: now,
  } satisfies Prisma.CustomerUpdateManyMutationInput;
}

/** What the requester is told an erasure did. */
export const ERASED_RESOLUTION =
  "Opplysningene er slettet eller anonymisert. Fakturaene og avtalene oppbevarer vi så lenge bokføringsloven krever, deretter slettes også de.";

/**
 * The erasure inside the caller's transaction: keeps the retention job off, locks the customer (so a
 * second erasure waits, then finds it done), refuses while a contract is active, deletes and blanks,
 * lets `recordRequest` complete the request it answers (after the blanking, so its answer stays),
 * closes the customer's other open requests, and writes the audit row naming that request.
 */
export async function anonymiseWithin(
  tx: Prisma.TransactionClient,
  customerId: string,
  actor: { userId: string; role: Role },
  now: Date,
  recordRequest: () => Promise<string>,
): Promise<{ ok: true; alreadyErased: boolean } | AnonymiseRefusal> {
  if (!(await keepRetentionOff(tx))) return { ok: false, reason: "retention-running" };
  const [customer] = await tx.$queryRaw<
    { anonymisedAt: Date | null; endedAt: Date | null; email: string | null }[]
  >`SELECT "anonymisedAt", "endedAt", "email" FROM "Customer" WHERE "id" = ${customerId}::uuid FOR UPDATE`;
  // Only the retention job deletes a customer row: once erased, with nothing left to keep.
  if (!customer || customer.anonymisedAt) return ALREADY_ERASED;
  const activeContracts = await tx.contract.count({
    where: { customerId, ...supplyingContracts(osloDate(now)) },
  });
  if (activeContracts > 0) return { ok: false, reason: "active-contract" };
  const counts = await eraseWithin(tx, customerId, customer.email);
  const requestId = await recordRequest();
  // A customer's own login is gone with the erasure; staff are named on the events.
  const actorUserId = actor.role === "CUSTOMER" ? null : actor.userId;
  const closed = await closeOpenRequestsOnErasure(tx, customerId, actorUserId, {
    resolution: ERASED_RESOLUTION,
    now,
  });
  await writeAudit(tx, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "privacy.erasure.completed",
    subjectCustomerId: customerId,
    targetType: "Customer",
    targetId: customerId,
    metadata: { requestId, ...counts, ...closed },
  });
  await tx.customer.update({
    where: { id: customerId },
    data: { ...anonymisedCustomer(now), status: "ENDED", endedAt: customer.endedAt ?? now },
    select: { id: true },
  });
  return { ok: true, alreadyErased: false };
}

/**
 * The deletes and blanking of erasure; the caller's transaction holds the customer row, read with its
 * email before the blanking (inquiries registered from that address go too).
 */
async function eraseWithin(tx: Prisma.TransactionClient, customerId: string, email: string | null) {
  const user = await tx.user.findUnique({ where: { customerId }, select: { id: true } });
  // The login and everything hanging off it (sessions, reset links, second factor) go with the row.
  const sessions = user ? await tx.authSession.count({ where: { userId: user.id } }) : 0;
  if (user) await tx.user.delete({ where: { id: user.id }, select: { id: true } });
  const consents = await tx.consentRecord.deleteMany({ where: { customerId } });
  const inquiries = await tx.inquiry.deleteMany({ where: inquiriesOf(customerId, email) });
  await tx.notice.deleteMany({ where: { customerId } });
  // Notifications: the devices and the choices (nothing is sent to an erased customer again).
  await tx.pushSubscription.deleteMany({ where: { customerId } });
  await tx.notificationPreference.deleteMany({ where: { customerId } });
  // API tokens: the customer row stays (anonymised), so they do not cascade with it.
  await tx.apiToken.deleteMany({ where: { customerId } });
  const applications = await tx.onboardingApplication.deleteMany({ where: { customerId } });
  // Letters with an activation code are the person's by their national ID, not by a customer row.
  const { nationalIdHash } = await tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { nationalIdHash: true },
  });
  if (nationalIdHash) await tx.activationLetter.deleteMany({ where: { nationalIdHash } });
  // Only the customer's own readings: a metering point's earlier and later tenants keep theirs.
  const supply = withinSupply(await supplyWindowsOf(tx, customerId));
  const readings = await tx.consumptionReading.deleteMany({ where: supply });
  await tx.consumptionReadingRevision.deleteMany({ where: supply });
  // What their months cost, worked out from those readings.
  await tx.monthCost.deleteMany({ where: { customerId } });
  await tx.privacyRequest.updateMany({
    where: { customerId },
    data: { details: SCRUBBED, resolution: SCRUBBED, extensionReason: null, requesterEmail: null },
  });
  await tx.privacyRequestEvent.updateMany({ where: { request: { customerId } }, data: { note: SCRUBBED } });
  return {
    sessions,
    consents: consents.count,
    inquiries: inquiries.count,
    applications: applications.count,
    readings: readings.count,
  };
}

/** The customer erases themselves on Min side, confirming with their password. */
export async function eraseOwnData(
  actor: { userId: string; customerId: string },
  input: { currentPassword: string },
  options: { now?: Date; mail?: MailOptions } = {},
): Promise<ErasureResult> {
  const now = options.now ?? new Date();
  const check = await checkCurrentPassword(actor.userId, input.currentPassword, now);
  const customer = await db.customer.findUnique({
    where: { id: actor.customerId },
    select: { email: true, anonymisedAt: true },
  });
  // Erased meanwhile (a second click, a retry whose first answer was lost): the login, and with it the
  // password the check asked for, went with the data.
  if (!customer || customer.anonymisedAt) return ALREADY_ERASED;
  if (!check.ok) return check;
  const { email } = customer;
  const result = await eraseCustomer(actor.customerId, { userId: actor.userId, role: "CUSTOMER" }, now);
  // The address is gone from the database; this one receipt is sent from memory.
  if (result.ok && !result.alreadyErased && email) {
    await sendMailOrLog("erasure receipt", { to: email, ...erasureReceiptMail() }, options.mail);
  }
  return result;
}

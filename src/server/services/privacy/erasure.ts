import "server-only";
import { osloDate } from "@/domain/oslo-calendar";
// Erasure (GDPR Art. 17, P24): what goes now and what the law keeps, computed from the customer's
// own data, and the erasure itself in one transaction (a crash leaves everything or nothing).
import {
  ERASURE_OUTCOME,
  KEPT_ON_INVOICES_ONLY,
  retainedUntil,
  retentionEntryOf,
} from "@/domain/privacy/erasure";
import { type DataFieldId, PRIVACY_REGISTER } from "@/domain/privacy/register";
import { OPEN_STATUSES } from "@/domain/privacy/requests";
import { erasureFindingText, type TErasureFinding } from "@/domain/privacy/staff-registration";
import { Prisma, type Role } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { type MailOptions, sendMailOrLog } from "@/server/mail/mailer";
import { erasureReceiptMail } from "@/server/mail/templates";
import { supplyingContracts } from "@/server/services/contract-lifecycle";
import { checkCurrentPassword } from "@/server/services/password-change";
import { supplyWindowsOf, withinSupply } from "@/server/services/supply-windows";
import { countCustomerRows, inquiriesOf, type Owner, ownerOf } from "./customer-data";
import {
  lockRequest,
  notifyRequester,
  type RequestOptions,
  recordCompletedRequest,
  type StaffActor,
} from "./requests";

function labelOf(field: DataFieldId): string {
  return PRIVACY_REGISTER.flatMap((c) => c.fields).find((f) => f.id === field)?.label ?? field;
}

export interface KeptItem {
  field: DataFieldId;
  label: string;
  /** The law or reason, from the register. */
  law: string;
  explanation: string;
  /** Deleted at the latest by the retention job at this instant; null when nothing of it exists. */
  until: Date | null;
}

export interface ErasurePreview {
  /** Contracts that are active or about to start: while one is, erasure is not possible. */
  activeContracts: number;
  erased: { field: DataFieldId; label: string }[];
  kept: KeptItem[];
}

/** The instant each kept field's period runs from, taken from the customer's own rows. */
async function referenceDates(owner: Owner, now: Date) {
  const [lastInvoice, lastContract, lastAudit] = await Promise.all([
    db.invoice.findFirst({
      where: { customerId: owner.customerId },
      orderBy: { issuedAt: "desc" },
      select: { issuedAt: true },
    }),
    db.contract.findFirst({
      where: { customerId: owner.customerId },
      orderBy: [{ endDate: { sort: "desc", nulls: "first" } }],
      select: { endDate: true },
    }),
    db.auditLog.findFirst({
      where: { subjectCustomerId: owner.customerId },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
  ]);
  return {
    invoice: lastInvoice?.issuedAt ?? null,
    contract: lastContract ? (lastContract.endDate ?? now) : null,
    audit: lastAudit?.at ?? now,
  };
}

const LAW_FOR: Partial<Record<DataFieldId, string>> = {
  name: "bokføringsloven § 13 og bokføringsforskriften § 5-1-1 (navn og adresse på fakturaen)",
  address: "bokføringsloven § 13 og bokføringsforskriften § 5-1-1 (navn og adresse på fakturaen)",
  invoices: "bokføringsloven § 13 første ledd bokstav a (primærdokumentasjon, 5 år)",
  "customer-number": "bokføringsloven § 13 (kundenummeret står på fakturaene)",
  agreement: "bokføringsloven § 13 (avtaler er sekundærdokumentasjon, 3,5 år)",
  "metering-point": "bokføringsloven § 13 (målepunktet er en del av avtalen, 3,5 år)",
  "privacy-requests": "personvernforordningen artikkel 5 nr. 2 (dokumentere at forespørslene ble besvart)",
  "security-log": "personvernforordningen artikkel 32 (sikkerhetslogg med bare id-er)",
};

/** What erasure would do for this customer now. Null for an unknown customer. */
export async function erasurePreview(customerId: string, now = new Date()): Promise<ErasurePreview | null> {
  const owner = await ownerOf(customerId);
  if (!owner) return null;
  const activeContracts = await db.contract.count({
    where: { customerId, ...supplyingContracts(osloDate(now)) },
  });
  const refs = await referenceDates(owner, now);
  const invoiceCount = await countCustomerRows("Invoice", owner);
  const erased: ErasurePreview["erased"] = [];
  const kept: KeptItem[] = [];
  for (const field of PRIVACY_REGISTER.flatMap((c) => c.fields)) {
    const outcome = ERASURE_OUTCOME[field.id];
    if (outcome === "not-stored") continue;
    if (outcome === "erased" || (KEPT_ON_INVOICES_ONLY.includes(field.id) && invoiceCount === 0)) {
      erased.push({ field: field.id, label: field.label });
      continue;
    }
    if (field.id === "rate-limits") continue;
    const { rule, explanation } = retentionEntryOf(field.id);
    const reference =
      rule.kind === "bookkeeping"
        ? refs.invoice
        : rule.kind === "bookkeeping-secondary"
          ? refs.contract
          : field.id === "security-log"
            ? refs.audit
            : now;
    kept.push({
      field: field.id,
      label: labelOf(field.id),
      law: LAW_FOR[field.id] ?? "",
      explanation,
      until: reference ? retainedUntil(rule, reference) : null,
    });
  }
  return { activeContracts, erased, kept };
}

export type ErasureResult =
  | { ok: true; alreadyErased: boolean }
  | { ok: false; reason: "active-contract" | "wrong-current-password" | "too-many-attempts" };

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

/** What the requester is told an erasure did. */
const ERASED_RESOLUTION =
  "Opplysningene er slettet eller anonymisert. Fakturaene og avtalene oppbevarer vi så lenge bokføringsloven krever, deretter slettes også de.";

/**
 * The erasure inside the caller's transaction: locks the customer, refuses while a contract is active,
 * deletes and blanks, then lets `recordRequest` complete the request it answers (after the blanking,
 * so its answer stays) and writes the audit row naming that request.
 */
async function anonymiseWithin(
  tx: Prisma.TransactionClient,
  customerId: string,
  actor: { userId: string; role: Role },
  now: Date,
  recordRequest: () => Promise<string>,
): Promise<{ ok: true; alreadyErased: boolean } | { ok: false; reason: "active-contract" }> {
  const [customer] = await tx.$queryRaw<
    { anonymisedAt: Date | null; endedAt: Date | null; email: string | null }[]
  >`SELECT "anonymisedAt", "endedAt", "email" FROM "Customer" WHERE "id" = ${customerId}::uuid FOR UPDATE`;
  if (!customer) throw new Error("erasure of an unknown customer");
  if (customer.anonymisedAt) return { ok: true, alreadyErased: true };
  const activeContracts = await tx.contract.count({
    where: { customerId, ...supplyingContracts(osloDate(now)) },
  });
  if (activeContracts > 0) return { ok: false, reason: "active-contract" };
  const counts = await eraseWithin(tx, customerId, customer.email);
  const requestId = await recordRequest();
  await writeAudit(tx, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "privacy.erasure.completed",
    subjectCustomerId: customerId,
    targetType: "Customer",
    targetId: customerId,
    metadata: { requestId, ...counts },
  });
  await tx.customer.update({
    where: { id: customerId },
    data: {
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
      status: "ENDED",
      endedAt: customer.endedAt ?? now,
      anonymisedAt: now,
      fieldSources: Prisma.DbNull,
    },
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
  const applications = await tx.onboardingApplication.deleteMany({ where: { customerId } });
  // Only the customer's own readings: a metering point's earlier and later tenants keep theirs.
  const supply = withinSupply(await supplyWindowsOf(tx, customerId));
  const readings = await tx.consumptionReading.deleteMany({ where: supply });
  await tx.consumptionReadingRevision.deleteMany({ where: supply });
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
  if (!check.ok) return check;
  const { email } = await db.customer.findUniqueOrThrow({
    where: { id: actor.customerId },
    select: { email: true },
  });
  const result = await eraseCustomer(actor.customerId, { userId: actor.userId, role: "CUSTOMER" }, now);
  // The address is gone from the database; this one receipt is sent from memory.
  if (result.ok && !result.alreadyErased && email) {
    await sendMailOrLog("erasure receipt", { to: email, ...erasureReceiptMail() }, options.mail);
  }
  return result;
}

// ── Customer service carries out an erasure someone asked for by email, phone or letter ─────────

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
        | "active-contract";
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

// For each data field of the privacy register that lives in our database: how to make rows of it
// whose retention period counts from a given instant (its reference: the end of the relationship,
// the closing, the writing, the year of the last invoice, or the row's own expiry), and how to ask
// whether that data is still held. tests/integration/retention-register.test.ts walks the register
// with these; a field without a probe here fails that test.
import { randomUUID } from "node:crypto";
import type { DataFieldId } from "@/features/privacy/domain/register";
import { db } from "@/platform/db";
import { DAY_MS, MINUTE_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import { createConsentRecord, createContract, createMeteringPoint, createSupplyPeriod } from "./factories";
import { ensureReadingMonths } from "./reading-months";
import { application, currentCustomer, formerCustomer, lastInvoiced } from "./retention-fixtures";

/** Whether one piece of the field's data is still there. */
export type StillHeld = () => Promise<boolean>;
/** Makes the field's data with its period counting from `reference`; one check per row made. */
export type Probe = (reference: Date) => Promise<StillHeld[]>;

const customerColumn =
  (column: "email" | "phone" | "nationalIdHash" | "restrictedAt" | "fieldSources"): Probe =>
  async (reference) => {
    const { customerId } = await formerCustomer(reference);
    return [
      async () => {
        const row = await db.customer.findUnique({ where: { id: customerId }, select: { [column]: true } });
        return row?.[column] != null;
      },
    ];
  };

const loginOf =
  (what: "user" | "second-factor"): Probe =>
  async (reference) => {
    const { userId } = await formerCustomer(reference);
    return [
      async () =>
        what === "user"
          ? (await db.user.count({ where: { id: userId } })) === 1
          : (await db.totpCredential.count({ where: { userId } })) === 1,
    ];
  };

/** Name and address outlive the relationship only on the invoices (the buyer's snapshot). */
const onCustomerOrInvoice =
  (column: "firstName" | "street", onInvoice: "buyerName" | "buyerStreet"): Probe =>
  async (reference) => {
    const { customerId, marker } = await lastInvoiced(reference);
    const held = { startsWith: marker };
    return [
      async () =>
        (await db.customer.count({ where: { id: customerId, [column]: held } })) +
          (await db.invoice.count({ where: { customerId, [onInvoice]: held } })) >
        0,
    ];
  };

/** A former customer whose contract on a metering point ended on the day of `reference`. */
const endedContract =
  (what: "agreement" | "metering-point"): Probe =>
  async (reference) => {
    const { customerId } = await formerCustomer(reference);
    const point = await createMeteringPoint(customerId);
    const start = osloDate(new Date(reference.getTime() - 60 * DAY_MS));
    const end = osloDate(reference);
    const contract = await createContract(customerId, point.id, {
      status: "TERMINATED",
      startDate: new Date(start),
      endDate: new Date(end),
    });
    await createSupplyPeriod(customerId, point.id, start, end);
    return [
      async () =>
        what === "agreement"
          ? (await db.contract.count({ where: { id: contract.id } })) === 1
          : (await db.meteringPoint.count({ where: { id: point.id, customerId } })) === 1,
    ];
  };

async function session(expiresAt: Date) {
  const { userId } = await currentCustomer();
  const row = await db.authSession.create({
    // Seen an hour before it expires: idle no longer than any role allows.
    data: { userId, expiresAt, lastSeenAt: new Date(expiresAt.getTime() - 61 * MINUTE_MS) },
    select: { id: true },
  });
  return [async () => (await db.authSession.count({ where: { id: row.id } })) === 1];
}

/** A former customer's device and choices; the device was reached recently, so only the end counts. */
const formerNotifications =
  (what: "device" | "choices"): Probe =>
  async (reference) => {
    const { customerId } = await formerCustomer(reference);
    const device = await db.pushSubscription.create({
      data: {
        customerId,
        endpoint: `https://fcm.googleapis.com/fcm/send/probe-${randomUUID()}`,
        p256dh: "probe-key",
        auth: "probe-auth",
        lastSuccessAt: reference,
      },
      select: { id: true },
    });
    await db.notificationPreference.create({ data: { customerId, tomorrowPrices: true } });
    return [
      async () =>
        what === "device"
          ? (await db.pushSubscription.count({ where: { id: device.id } })) === 1
          : (await db.notificationPreference.count({ where: { customerId } })) === 1,
    ];
  };

export const RETENTION_PROBES: Partial<Record<DataFieldId, Probe>> = {
  "push-subscriptions": formerNotifications("device"),
  "notification-choices": formerNotifications("choices"),
  email: customerColumn("email"),
  phone: customerColumn("phone"),
  "national-id": customerColumn("nationalIdHash"),
  "privacy-choices": customerColumn("restrictedAt"),
  "data-sources": customerColumn("fieldSources"),
  account: loginOf("user"),
  "login-attempts": loginOf("user"),
  "second-factor": loginOf("second-factor"),
  name: onCustomerOrInvoice("firstName", "buyerName"),
  address: onCustomerOrInvoice("street", "buyerStreet"),
  "customer-number": async (reference) => {
    const { customerId } = await lastInvoiced(reference);
    return [async () => (await db.customer.count({ where: { id: customerId } })) === 1];
  },
  // The invoice, its lines and its reminders, each asked for on its own.
  invoices: async (reference) => {
    const { invoiceId } = await lastInvoiced(reference);
    return [
      async () => (await db.invoice.count({ where: { id: invoiceId } })) === 1,
      async () => (await db.invoiceLine.count({ where: { invoiceId } })) === 1,
      async () => (await db.reminder.count({ where: { invoiceId } })) === 1,
    ];
  },
  payments: async (reference) => {
    const { paymentId } = await lastInvoiced(reference);
    return [async () => (await db.payment.count({ where: { id: paymentId } })) === 1];
  },
  agreement: endedContract("agreement"),
  "metering-point": endedContract("metering-point"),
  readings: async (reference) => {
    const { customerId } = await formerCustomer(reference);
    const point = await createMeteringPoint(customerId);
    await createSupplyPeriod(
      customerId,
      point.id,
      osloDate(new Date(reference.getTime() - 30 * DAY_MS)),
      osloDate(reference),
    );
    await ensureReadingMonths([new Date(reference.getTime() - 2 * DAY_MS)]);
    await db.consumptionReading.create({
      data: {
        meteringPointId: point.id,
        intervalStart: new Date(reference.getTime() - 2 * DAY_MS),
        resolution: "PT1H",
        kwh: "1",
      },
    });
    return [async () => (await db.consumptionReading.count({ where: { meteringPointId: point.id } })) > 0];
  },
  // A thread counts from its closing; a former customer's open thread from the end of the relationship.
  inquiries: async (reference) => {
    const current = await currentCustomer();
    const closed = await db.inquiry.create({
      data: { customerId: current.customerId, subject: "Lukket", status: "CLOSED", closedAt: reference },
      select: { id: true },
    });
    const former = await formerCustomer(reference);
    const open = await db.inquiry.create({
      data: { customerId: former.customerId, subject: "Åpen", status: "OPEN" },
      select: { id: true },
    });
    return [closed.id, open.id].map((id) => async () => (await db.inquiry.count({ where: { id } })) === 1);
  },
  notices: async (reference) => {
    const { customerId } = await currentCustomer();
    const notice = await db.notice.create({
      data: { customerId, text: "Varsel", href: "/min-side", createdAt: reference },
      select: { id: true },
    });
    return [async () => (await db.notice.count({ where: { id: notice.id } })) === 1];
  },
  "privacy-requests": async (reference) => {
    const { customerId } = await currentCustomer();
    const request = await db.privacyRequest.create({
      data: { customerId, type: "ACCESS", status: "COMPLETED", dueAt: reference, completedAt: reference },
      select: { id: true },
    });
    return [async () => (await db.privacyRequest.count({ where: { id: request.id } })) === 1];
  },
  // The reference of an application is its own expiry; the credit review goes with it.
  application: async (expiresAt) => {
    const id = await application(expiresAt);
    return [async () => (await db.onboardingApplication.count({ where: { id } })) === 1];
  },
  // A letter's code stops working at its expiry, used or not: then the letter goes.
  "activation-letters": async (expiresAt) => {
    const letter = await db.activationLetter.create({
      data: {
        nationalIdHash: `probe-${randomUUID()}`,
        nationalIdCiphertext: "ciphertext",
        firstName: "Probe",
        lastName: "Brev",
        codeHash: `code-${randomUUID()}`,
        consentedAt: new Date(expiresAt.getTime() - 30 * DAY_MS),
        createdAt: new Date(expiresAt.getTime() - 30 * DAY_MS),
        expiresAt,
        usedAt: new Date(expiresAt.getTime() - 29 * DAY_MS),
      },
      select: { id: true },
    });
    return [async () => (await db.activationLetter.count({ where: { id: letter.id } })) === 1];
  },
  "credit-review": async (expiresAt) => {
    const id = await application(expiresAt);
    return [async () => (await db.creditReviewCase.count({ where: { applicationId: id } })) === 1];
  },
  sessions: session,
  "essential-cookies": session,
  "password-resets": async (expiresAt) => {
    const { userId } = await currentCustomer();
    const token = await db.passwordResetToken.create({
      data: { userId, tokenHash: `token-${randomUUID()}`, expiresAt },
      select: { id: true },
    });
    return [async () => (await db.passwordResetToken.count({ where: { id: token.id } })) === 1];
  },
  // A code for a login email change and one for an application that itself lives on for a year.
  "email-codes": async (expiresAt) => {
    const { userId } = await currentCustomer();
    const applicationId = await application(new Date(expiresAt.getTime() + 365 * DAY_MS));
    const rows = await Promise.all(
      [{ userId }, { applicationId }].map((subject) =>
        db.emailVerification.create({
          data: { ...subject, codeHash: `code-${randomUUID()}`, expiresAt },
          select: { id: true },
        }),
      ),
    );
    return rows.map(
      ({ id }) =>
        async () =>
          (await db.emailVerification.count({ where: { id } })) === 1,
    );
  },
  // A throttle counter's window counts for at most a day: that day's end is its expiry.
  "rate-limits": async (expiresAt) => {
    const key = `probe:${randomUUID()}`;
    await db.rateLimitBucket.create({
      data: { key, windowStart: new Date(expiresAt.getTime() - DAY_MS), count: 1 },
    });
    return [async () => (await db.rateLimitBucket.count({ where: { key } })) === 1];
  },
  // A choice stops applying when the same visitor chooses again: the second choice is made at `reference`.
  "consent-choices": async (reference) => {
    const first = await createConsentRecord({ createdAt: new Date(reference.getTime() - 30 * DAY_MS) });
    await createConsentRecord({ visitorId: first.visitorId, createdAt: reference });
    return [async () => (await db.consentRecord.count({ where: { id: first.id } })) === 1];
  },
  // A token is closed when it is revoked or expires, whichever comes first: one of each, closed at `reference`.
  "api-tokens": async (reference) => {
    const { customerId } = await currentCustomer();
    const later = new Date(reference.getTime() + 365 * DAY_MS);
    const tokens = await Promise.all(
      [
        { revokedAt: reference, expiresAt: later },
        { revokedAt: null, expiresAt: reference },
      ].map((closing) =>
        db.apiToken.create({
          data: {
            customerId,
            name: "Probe",
            tokenHash: `probe-${randomUUID()}`,
            prefix: "kk_probe",
            scopes: ["CONSUMPTION"],
            createdAt: new Date(reference.getTime() - 30 * DAY_MS),
            ...closing,
          },
          select: { id: true },
        }),
      ),
    );
    return tokens.map(
      ({ id }) =>
        async () =>
          (await db.apiToken.count({ where: { id } })) === 1,
    );
  },
  "security-log": async (reference) => {
    const row = await db.auditLog.create({
      data: { actorRole: "SYSTEM", action: "test.probe", at: reference },
      select: { id: true },
    });
    return [async () => (await db.auditLog.count({ where: { id: row.id } })) === 1];
  },
};

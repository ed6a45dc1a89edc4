// A customer with rows in every table that holds customer data, every column filled, and
// recognisable identifying values: for the access copy's coverage test and the erasure scan.

import { randomUUID } from "node:crypto";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { createMeteringPoint, createUser } from "./factories";
import { createInvoiceWithEverything } from "./invoice-rows";
import { ensureReadingMonths } from "./reading-months";

let sequence = 0;

/** Not every individual number has valid control digits: take the first that does. */
function validSyntheticNationalId(day: number): string {
  for (let individual = 400; individual < 500; individual++) {
    try {
      return syntheticNationalId({ y: 1985, m: 3, d: day }, individual);
    } catch {}
  }
  throw new Error("no synthetic national ID for that day");
}

export async function createCustomerEverywhere(options: { contractStatus?: "ACTIVE" | "TERMINATED" } = {}) {
  const n = ++sequence;
  // A current customer's contract and supply go on; a former one's ended on 31 January 2026.
  const current = options.contractStatus === "ACTIVE";
  const staff = await createUser({ role: "SUPPORT" });
  const user = await createUser();
  const customerId = user.customerId as string;
  const nationalId = validSyntheticNationalId(10 + (n % 18));
  const identity = {
    firstName: `Gudrun${n}`,
    lastName: `Sporbarsen${n}`,
    email: `gudrun.sporbarsen${n}@example.com`,
    phone: `+47 9${String(n).padStart(7, "7")}`,
    street: `Slettemyrveien ${n}`,
    nationalId,
  };
  await db.customer.update({
    where: { id: customerId },
    data: {
      firstName: identity.firstName,
      lastName: identity.lastName,
      email: identity.email,
      phone: identity.phone,
      street: identity.street,
      nationalIdCiphertext: encryptNationalId(nationalId),
      nationalIdHash: nationalIdBlindIndex(nationalId),
      restrictedAt: new Date("2026-02-01T10:00:00Z"),
      marketingObjectedAt: new Date("2026-02-01T10:00:00Z"),
      profilingObjectedAt: new Date("2026-02-01T10:00:00Z"),
      endedAt: new Date("2026-02-01T10:00:00Z"),
      anonymisedAt: new Date("2026-02-01T10:00:00Z"),
      fieldSources: { firstName: "REGISTER" },
    },
  });
  await db.user.update({
    where: { id: user.id },
    data: {
      email: identity.email,
      displayName: `${identity.firstName} ${identity.lastName}`,
      failedLoginCount: 1,
      lastFailedLoginAt: new Date("2026-01-05T10:00:00Z"),
      lockedUntil: new Date("2026-01-05T10:15:00Z"),
      deactivatedAt: new Date("2026-01-06T10:00:00Z"),
    },
  });
  const at = new Date("2026-01-10T10:00:00Z");
  await db.authSession.create({
    data: {
      userId: user.id,
      expiresAt: new Date("2026-01-10T22:00:00Z"),
      deviceLabel: "Firefox på Linux",
      secondFactorVerifiedAt: at,
      strongAuthAt: at,
    },
  });
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: `token-${randomUUID()}`, expiresAt: at, usedAt: at },
  });
  await db.emailVerification.create({
    data: {
      userId: user.id,
      codeHash: `email-code-${randomUUID()}`,
      attempts: 1,
      expiresAt: at,
      createdAt: at,
    },
  });
  await db.totpCredential.create({
    data: {
      userId: user.id,
      secretCiphertext: "totp-secret-ciphertext",
      confirmedAt: at,
      lastUsedStep: 1,
      enrolmentSessionId: randomUUID(),
    },
  });
  await db.recoveryCode.create({ data: { userId: user.id, codeHash: `code-${randomUUID()}`, usedAt: at } });
  // A personal API token, revoked after use: every column filled. Named after its owner, so a scan finds it.
  await db.apiToken.create({
    data: {
      customerId,
      name: `Hjemmeautomasjon hos ${identity.firstName}`,
      tokenHash: `token-${randomUUID()}`,
      prefix: "kk_Ab3x9",
      scopes: ["CONSUMPTION", "PRICES"],
      expiresAt: new Date("2026-06-01T10:00:00Z"),
      lastUsedAt: at,
      revokedAt: at,
    },
  });
  const point = await createMeteringPoint(customerId, {
    street: identity.street,
    municipalityNumber: "0301",
  });
  const contract = await db.contract.create({
    data: {
      customerId,
      meteringPointId: point.id,
      product: "FIXED",
      markupOrePerKwh: "4.9",
      monthlyFeeOre: 4900,
      fixedPriceOrePerKwh: "89.5",
      fixedUntil: new Date("2026-12-31"),
      status: current ? "ACTIVE" : "TERMINATED",
      startDate: new Date("2025-01-01"),
      endDate: current ? null : new Date("2026-01-31"),
      termsVersion: "2026-12-07",
      concludedAt: new Date("2024-12-20T10:00:00Z"),
      startDuringWithdrawalPeriod: true,
      // Synthetic, so that every column holds a value: a former customer's contract carries a withdrawal.
      withdrawnAt: current ? null : new Date("2026-01-30T10:00:00Z"),
    },
  });
  await db.supplyPeriod.create({
    data: {
      customerId,
      meteringPointId: point.id,
      fromDate: new Date("2025-01-01"),
      toDate: current ? null : new Date("2026-01-31"),
      historyFromDate: new Date("2024-01-01"),
    },
  });
  await db.norgesprisPeriod.create({
    data: { meteringPointId: point.id, fromDate: new Date("2025-10-01"), toDate: new Date("2026-01-31") },
  });
  await db.consumptionReadingRevision.create({
    data: {
      meteringPointId: point.id,
      intervalStart: new Date(Date.UTC(2026, 0, 1, 0)),
      resolution: "PT1H",
      kwh: "1.5",
      quality: "ESTIMATED",
      receivedAt: new Date("2026-01-02T09:00:00Z"),
    },
  });
  await ensureReadingMonths([new Date(Date.UTC(2026, 0, 1))]);
  await db.consumptionReading.createMany({
    data: [0, 1, 2].map((i) => ({
      meteringPointId: point.id,
      intervalStart: new Date(Date.UTC(2026, 0, 1, i)),
      resolution: "PT1H" as const,
      kwh: "1.25",
      quality: "REVISED" as const,
    })),
  });
  // Their hours' prices, so the hourly rollup (ConsumptionHour) holds a priced value in every column.
  const { priceArea } = await db.meteringPoint.findUniqueOrThrow({
    where: { id: point.id },
    select: { priceArea: true },
  });
  await db.spotPrice.createMany({
    data: [0, 1, 2].map((i) => ({
      priceArea,
      intervalStart: new Date(Date.UTC(2026, 0, 1, i)),
      resolution: "PT1H" as const,
      priceOrePerKwh: "80.5",
    })),
    skipDuplicates: true,
  });
  // What a closed month cost, as Forbruk stores it (month-cost-cache.ts).
  await db.monthCost.create({
    data: {
      customerId,
      meteringPointId: point.id,
      month: new Date("2026-01-01T00:00:00Z"),
      inputsKey: "everywhere",
      hoursVersion: 1,
      cost: { month: "2026-01", kwh: "3.7500", totalOre: 302 },
    },
  });
  const inquiry = await db.inquiry.create({
    data: {
      customerId,
      subject: `Faktura for ${identity.street}`,
      requesterEmail: identity.email,
      status: "CLOSED",
      closedAt: new Date("2026-02-01T10:00:00Z"),
    },
  });
  await db.notice.create({
    data: {
      customerId,
      text: "Du har fått svar fra kundeservice.",
      href: `/min-side/meldinger/${inquiry.id}`,
      readAt: new Date("2026-02-01T12:00:00Z"),
    },
  });
  await db.inquiryMessage.createMany({
    data: [
      {
        inquiryId: inquiry.id,
        author: "CUSTOMER",
        body: `Hilsen ${identity.firstName}, ring ${identity.phone}`,
      },
      { inquiryId: inquiry.id, author: "STAFF", authorUserId: staff.id, body: "Takk, vi ser på det." },
    ],
  });
  await db.consentRecord.create({
    data: {
      visitorId: randomUUID(),
      customerId,
      userId: user.id,
      choice: "CUSTOM",
      source: "SETTINGS",
      statistics: true,
      marketing: false,
      policyVersion: "2026-11-25",
    },
  });
  await db.privacyRequest.create({
    data: {
      customerId,
      type: "RECTIFICATION",
      field: "name",
      status: "EXTENDED",
      details: `Jeg heter ${identity.firstName} ${identity.lastName}`,
      dueAt: new Date("2026-02-28T23:00:00Z"),
      extendedDueAt: new Date("2026-04-30T22:00:00Z"),
      extensionReason: "Venter på Folkeregisteret.",
      completedAt: at,
      resolution: "Rettet.",
      requesterEmail: identity.email,
      identityVerification: "ID_DOCUMENT_IN_PERSON",
      events: { create: { kind: "received", note: "Mottatt.", actorUserId: staff.id } },
    },
  });
  const application = await db.onboardingApplication.create({
    data: {
      status: "COMPLETED",
      resumeTokenHash: `resume-${randomUUID()}`,
      identifiedBy: "BANKID",
      firstName: identity.firstName,
      lastName: identity.lastName,
      email: identity.email,
      emailVerifiedAt: at,
      phone: identity.phone,
      street: identity.street,
      postalCode: "0150",
      city: "Oslo",
      nationalIdCiphertext: encryptNationalId(nationalId),
      nationalIdHash: nationalIdBlindIndex(nationalId),
      fieldSources: { firstName: "REGISTER" },
      consentedAt: at,
      identityVerifiedAt: at,
      registeredAddress: { street: identity.street },
      meteringPointOptions: [{ gsrn: point.gsrn }],
      gsrn: point.gsrn,
      meteringPoint: { gsrn: point.gsrn },
      creditOutcome: "MANUAL_REVIEW",
      creditReasonCode: "THIN_FILE",
      creditScoreBand: "C",
      creditAutomated: true,
      creditDecidedAt: at,
      lastError: "timeout",
      customerId,
      expiresAt: at,
    },
    select: { id: true },
  });
  await db.creditReviewCase.create({
    data: {
      applicationId: application.id,
      reason: "APPLICANT_REQUEST",
      status: "APPROVED",
      statusTokenHash: `status-${randomUUID()}`,
      requestedAt: at,
      answerDueDate: new Date("2026-01-22"),
      applicantStatement: `Betalingsanmerkningen til ${identity.firstName} er gjort opp.`,
      decidedAt: at,
      decidedByUserId: staff.id,
    },
  });
  // The letter with an activation code they became a customer with: theirs by national ID.
  await db.activationLetter.create({
    data: {
      nationalIdHash: nationalIdBlindIndex(nationalId),
      nationalIdCiphertext: encryptNationalId(nationalId),
      firstName: identity.firstName,
      lastName: identity.lastName,
      codeHash: `letter-code-${randomUUID()}`,
      consentedAt: at,
      expiresAt: new Date("2026-02-09T10:00:00Z"),
      attempts: 1,
      usedAt: at,
    },
  });
  // January's invoice with its lines, a reminder, a part payment, the month's billing item and a credit note.
  await createInvoiceWithEverything(
    {
      customerId,
      name: `${identity.firstName} ${identity.lastName}`,
      street: identity.street,
      contractId: contract.id,
      gsrn: point.gsrn,
    },
    staff.id,
  );
  await db.auditLog.create({
    data: {
      actorUserId: staff.id,
      actorRole: "SUPPORT",
      action: "customer.view",
      subjectCustomerId: customerId,
      targetType: "Customer",
      targetId: customerId,
      metadata: { reason: "inquiry" },
    },
  });
  // Notifications: one device and every choice, the price days included.
  await db.pushSubscription.create({
    data: {
      customerId,
      endpoint: `https://fcm.googleapis.com/fcm/send/${randomUUID()}`,
      p256dh: "BCg2a0XBxv3vO3o1dAtvKkZl2jUMxgXo0fn4cT8J7i7pDqUqTA2pGl-yOF6IqLkt4SG3c7gwT5P1hP3yVJJRkXE",
      auth: "c2VjcmV0LWF1dGgtMTY",
      deviceLabel: "Chrome på Android",
      lastSuccessAt: at,
    },
  });
  await db.notificationPreference.create({
    data: {
      customerId,
      tomorrowPrices: true,
      priceAboveOre: 150,
      inquiryAnswer: true,
      privacyCompleted: true,
      invoiceIssued: true,
      tomorrowPricesSentFor: new Date("2026-03-01"),
      priceAlertSentFor: new Date("2026-03-01"),
    },
  });
  return { userId: user.id, customerId, staffUserId: staff.id, meteringPointId: point.id, identity };
}

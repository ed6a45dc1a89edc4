import "server-only";
import type { Prisma } from "@/generated/prisma/client";
// Where each data field of the privacy register lives in the database. The register (the domain)
// names fields by id; this map ties those ids to Prisma columns, so exports and deletion can find
// the data, and a unit test checks it against prisma/schema.prisma in both directions.
import type { DataFieldId } from "../domain/register";

export type ScalarFields = {
  User: Prisma.UserScalarFieldEnum;
  AuthSession: Prisma.AuthSessionScalarFieldEnum;
  PasswordResetToken: Prisma.PasswordResetTokenScalarFieldEnum;
  EmailVerification: Prisma.EmailVerificationScalarFieldEnum;
  TotpCredential: Prisma.TotpCredentialScalarFieldEnum;
  RecoveryCode: Prisma.RecoveryCodeScalarFieldEnum;
  RateLimitBucket: Prisma.RateLimitBucketScalarFieldEnum;
  Customer: Prisma.CustomerScalarFieldEnum;
  MeteringPoint: Prisma.MeteringPointScalarFieldEnum;
  Contract: Prisma.ContractScalarFieldEnum;
  SupplyPeriod: Prisma.SupplyPeriodScalarFieldEnum;
  NorgesprisPeriod: Prisma.NorgesprisPeriodScalarFieldEnum;
  ConsumptionReading: Prisma.ConsumptionReadingScalarFieldEnum;
  ConsumptionReadingRevision: Prisma.ConsumptionReadingRevisionScalarFieldEnum;
  ConsumptionHour: Prisma.ConsumptionHourScalarFieldEnum;
  MonthCost: Prisma.MonthCostScalarFieldEnum;
  Inquiry: Prisma.InquiryScalarFieldEnum;
  Notice: Prisma.NoticeScalarFieldEnum;
  InquiryMessage: Prisma.InquiryMessageScalarFieldEnum;
  ConsentRecord: Prisma.ConsentRecordScalarFieldEnum;
  PrivacyRequest: Prisma.PrivacyRequestScalarFieldEnum;
  PrivacyRequestEvent: Prisma.PrivacyRequestEventScalarFieldEnum;
  OnboardingApplication: Prisma.OnboardingApplicationScalarFieldEnum;
  CreditReviewCase: Prisma.CreditReviewCaseScalarFieldEnum;
  ActivationLetter: Prisma.ActivationLetterScalarFieldEnum;
  Invoice: Prisma.InvoiceScalarFieldEnum;
  InvoiceLine: Prisma.InvoiceLineScalarFieldEnum;
  Reminder: Prisma.ReminderScalarFieldEnum;
  Payment: Prisma.PaymentScalarFieldEnum;
  BillingItem: Prisma.BillingItemScalarFieldEnum;
  AuditLog: Prisma.AuditLogScalarFieldEnum;
  // Notifications (Web Push).
  PushSubscription: Prisma.PushSubscriptionScalarFieldEnum;
  NotificationPreference: Prisma.NotificationPreferenceScalarFieldEnum;
  ApiToken: Prisma.ApiTokenScalarFieldEnum;
};

export type PersonalDataModel = keyof ScalarFields;

/** A Prisma model and the columns of it that hold a piece of data. */
export type StoredIn = {
  [M in PersonalDataModel]: { model: M; fields: readonly ScalarFields[M][] };
}[PersonalDataModel];

/** Every data field of the register, and the columns that hold it (none if it lives elsewhere). */
export const PERSONAL_DATA_COLUMNS: Record<DataFieldId, readonly StoredIn[]> = {
  name: [
    {
      model: "Customer",
      fields: ["firstName", "lastName", "searchFirstName", "searchLastName", "searchName"],
    },
  ],
  address: [{ model: "Customer", fields: ["street", "postalCode", "city"] }],
  email: [{ model: "Customer", fields: ["email", "searchEmail"] }],
  phone: [{ model: "Customer", fields: ["phone", "searchPhone"] }],
  "data-sources": [{ model: "Customer", fields: ["fieldSources"] }],
  inquiries: [
    {
      model: "Inquiry",
      fields: ["subject", "status", "closedAt", "createdAt", "updatedAt", "requesterEmail"],
    },
    { model: "InquiryMessage", fields: ["author", "authorUserId", "body", "createdAt"] },
  ],
  notices: [{ model: "Notice", fields: ["text", "href", "createdAt", "readAt"] }],
  "privacy-requests": [
    {
      model: "PrivacyRequest",
      fields: [
        "type",
        "status",
        "details",
        "receivedAt",
        "dueAt",
        "extendedDueAt",
        "extensionReason",
        "completedAt",
        "resolution",
        "requesterEmail",
        "field",
        "identityVerification",
      ],
    },
    { model: "PrivacyRequestEvent", fields: ["kind", "note", "actorUserId", "createdAt"] },
  ],
  "privacy-choices": [
    { model: "Customer", fields: ["restrictedAt", "marketingObjectedAt", "profilingObjectedAt"] },
  ],
  "national-id": [{ model: "Customer", fields: ["nationalIdCiphertext", "nationalIdHash"] }],
  "customer-number": [
    { model: "Customer", fields: ["customerNumber", "status", "createdAt", "endedAt", "anonymisedAt"] },
  ],
  "metering-point": [
    {
      model: "MeteringPoint",
      fields: [
        "gsrn",
        "meterNumber",
        "street",
        "postalCode",
        "city",
        "priceArea",
        "gridCompany",
        "municipalityNumber",
        "usageType",
      ],
    },
  ],
  agreement: [
    {
      model: "Contract",
      fields: [
        "product",
        "markupOrePerKwh",
        "monthlyFeeOre",
        "fixedPriceOrePerKwh",
        "fixedUntil",
        "status",
        "startDate",
        "endDate",
        "termsVersion",
        "concludedAt",
        "startDuringWithdrawalPeriod",
        "withdrawnAt",
      ],
    },
    { model: "SupplyPeriod", fields: ["fromDate", "toDate", "historyFromDate"] },
    { model: "NorgesprisPeriod", fields: ["fromDate", "toDate"] },
    // Whether a month of the contract was invoiced or held back, and why.
    { model: "BillingItem", fields: ["periodStart", "status", "reason"] },
  ],
  application: [
    {
      model: "OnboardingApplication",
      fields: [
        "status",
        "identifiedBy",
        "firstName",
        "lastName",
        "email",
        "emailVerifiedAt",
        "phone",
        "street",
        "postalCode",
        "city",
        "nationalIdCiphertext",
        "nationalIdHash",
        "fieldSources",
        "consentedAt",
        "identityVerifiedAt",
        "registeredAddress",
        "meteringPointOptions",
        "gsrn",
        "meteringPoint",
        "creditOutcome",
        "creditReasonCode",
        "creditScoreBand",
        "creditAutomated",
        "creditDecidedAt",
        "lastError",
        "createdAt",
      ],
    },
  ],
  "credit-review": [
    {
      model: "CreditReviewCase",
      fields: [
        "reason",
        "status",
        "requestedAt",
        "answerDueDate",
        "applicantStatement",
        "decidedAt",
        "decidedByUserId",
      ],
    },
  ],
  "activation-letters": [
    {
      model: "ActivationLetter",
      fields: [
        "nationalIdHash",
        "nationalIdCiphertext",
        "firstName",
        "lastName",
        "codeHash",
        "consentedAt",
        "expiresAt",
        "attempts",
        "usedAt",
        "createdAt",
      ],
    },
  ],
  readings: [
    { model: "ConsumptionReading", fields: ["intervalStart", "resolution", "kwh", "quality", "receivedAt"] },
    {
      model: "ConsumptionReadingRevision",
      fields: ["intervalStart", "resolution", "kwh", "quality", "receivedAt", "supersededAt"],
    },
    {
      model: "ConsumptionHour",
      fields: ["hourStart", "osloDate", "kwh", "quarters", "spotCostOre", "spotMeanOrePerKwh"],
    },
    { model: "MonthCost", fields: ["month", "cost", "computedAt"] },
  ],
  invoices: [
    {
      model: "Invoice",
      fields: [
        "invoiceNumber",
        "buyerName",
        "buyerStreet",
        "buyerPostalCode",
        "buyerCity",
        "periodStart",
        "periodEnd",
        "issuedAt",
        "dueDate",
        "amountOre",
        "vatOre",
        "kind",
        "gsrn",
        "deliveryAddress",
        "kid",
        "netOre",
        "vatBasisPoints",
        "creditReason",
      ],
    },
    {
      model: "InvoiceLine",
      fields: ["position", "description", "quantity", "unit", "unitPriceOre", "netOre"],
    },
    { model: "Reminder", fields: ["sequence", "sentAt", "feeOre", "dueDate"] },
  ],
  payments: [
    {
      model: "Payment",
      fields: ["kid", "amountOre", "paidOn", "payerAccount", "bankReference", "matchedAt", "matchedByUserId"],
    },
  ],
  account: [
    {
      model: "User",
      fields: [
        "email",
        "passwordHash",
        "role",
        "displayName",
        "passwordChangedAt",
        "deactivatedAt",
        "createdAt",
      ],
    },
  ],
  "login-attempts": [{ model: "User", fields: ["failedLoginCount", "lastFailedLoginAt", "lockedUntil"] }],
  sessions: [
    {
      model: "AuthSession",
      fields: [
        "userId",
        "createdAt",
        "expiresAt",
        "lastSeenAt",
        "deviceLabel",
        "secondFactorVerifiedAt",
        "strongAuthAt",
      ],
    },
  ],
  "password-resets": [
    { model: "PasswordResetToken", fields: ["tokenHash", "expiresAt", "usedAt", "createdAt"] },
  ],
  "email-codes": [{ model: "EmailVerification", fields: ["codeHash", "attempts", "expiresAt", "createdAt"] }],
  "second-factor": [
    { model: "TotpCredential", fields: ["secretCiphertext", "confirmedAt", "lastUsedStep", "createdAt"] },
    { model: "RecoveryCode", fields: ["codeHash", "usedAt", "createdAt"] },
  ],
  "essential-cookies": [{ model: "AuthSession", fields: ["id"] }],
  "consent-choices": [
    {
      model: "ConsentRecord",
      fields: [
        "visitorId",
        "customerId",
        "userId",
        "choice",
        "source",
        "statistics",
        "marketing",
        "policyVersion",
        "createdAt",
      ],
    },
  ],
  // Lives in the browser and at the trackers; the register says so in storedElsewhere.
  "tracking-cookies": [],
  "security-log": [
    {
      model: "AuditLog",
      fields: [
        "at",
        "actorUserId",
        "actorRole",
        "action",
        "subjectCustomerId",
        "targetType",
        "targetId",
        "metadata",
      ],
    },
  ],
  "rate-limits": [{ model: "RateLimitBucket", fields: ["key", "windowStart", "count"] }],
  // Notifications (Web Push).
  "push-subscriptions": [
    {
      model: "PushSubscription",
      fields: ["endpoint", "p256dh", "auth", "deviceLabel", "createdAt", "lastSuccessAt"],
    },
  ],
  "notification-choices": [
    {
      model: "NotificationPreference",
      fields: [
        "tomorrowPrices",
        "priceAboveOre",
        "inquiryAnswer",
        "privacyCompleted",
        "invoiceIssued",
        "tomorrowPricesSentFor",
        "priceAlertSentFor",
      ],
    },
  ],
  "api-tokens": [
    {
      model: "ApiToken",
      fields: ["name", "tokenHash", "prefix", "scopes", "expiresAt", "lastUsedAt", "revokedAt", "createdAt"],
    },
  ],
};

/** Models without personal data, and why; every other model must hold some data field. */
export const NON_PERSONAL_MODELS: Partial<Record<Exclude<Prisma.ModelName, PersonalDataModel>, string>> = {
  SpotPrice: "Day-ahead market prices per price area: no link to any person.",
  SpotPriceDay:
    "Sum and count of the day-ahead market prices per price area and Oslo day: no link to any person.",
  ConsumptionMonthVersion:
    "A counter per metering point and month of how often its hours were written, so a stored month cost knows when it is stale: how often, never what.",
  MailDelivery:
    "One row per mail a queued job sent: the job's name and id, the Message-ID and when it was claimed and sent. No address, subject or content.",
  InvoiceSeries: "The next number of the one invoice series: a counter, no link to any person.",
  PaymentImport:
    "One row per bank file: its hash, name, count and total, and the staff member who imported it (also in the security log). The payments, with what they say about a payer, are Payment rows.",
};

const ROW_ID = "Generated key of the row: means nothing outside the database.";
const FOREIGN_KEY = "Link to another row; what it says about the person is in that row's mapped columns.";
const ROW_TIMESTAMP = "When the row itself was written or changed, or expires: not a fact about the person.";

/**
 * Columns of personal-data models that belong to no data field, and why. With PERSONAL_DATA_COLUMNS
 * they must account for every column, so a new column cannot hold personal data unregistered.
 */
export const TECHNICAL_COLUMNS: { [M in PersonalDataModel]?: { [C in ScalarFields[M]]?: string } } = {
  User: { id: ROW_ID, customerId: FOREIGN_KEY, updatedAt: ROW_TIMESTAMP },
  PasswordResetToken: { id: ROW_ID, userId: FOREIGN_KEY },
  EmailVerification: { id: ROW_ID, userId: FOREIGN_KEY, applicationId: FOREIGN_KEY },
  TotpCredential: { userId: FOREIGN_KEY, enrolmentSessionId: FOREIGN_KEY },
  RecoveryCode: { id: ROW_ID, userId: FOREIGN_KEY },
  Customer: { id: ROW_ID, updatedAt: ROW_TIMESTAMP },
  MeteringPoint: { id: ROW_ID, customerId: FOREIGN_KEY, createdAt: ROW_TIMESTAMP, updatedAt: ROW_TIMESTAMP },
  Contract: {
    id: ROW_ID,
    customerId: FOREIGN_KEY,
    meteringPointId: FOREIGN_KEY,
    createdAt: ROW_TIMESTAMP,
    updatedAt: ROW_TIMESTAMP,
  },
  SupplyPeriod: {
    id: ROW_ID,
    customerId: FOREIGN_KEY,
    meteringPointId: FOREIGN_KEY,
    createdAt: ROW_TIMESTAMP,
  },
  NorgesprisPeriod: { id: ROW_ID, meteringPointId: FOREIGN_KEY, createdAt: ROW_TIMESTAMP },
  ConsumptionReading: { meteringPointId: FOREIGN_KEY },
  ConsumptionReadingRevision: { id: ROW_ID, meteringPointId: FOREIGN_KEY },
  ConsumptionHour: { meteringPointId: FOREIGN_KEY },
  MonthCost: {
    customerId: FOREIGN_KEY,
    meteringPointId: FOREIGN_KEY,
    inputsKey:
      "A hash of the terms that priced the month, to tell when they change: says nothing on its own.",
    hoursVersion:
      "A counter of writes to the month's hours, to tell when they change: not a fact about the person.",
  },
  Inquiry: {
    id: ROW_ID,
    customerId: FOREIGN_KEY,
    assignedToUserId: FOREIGN_KEY,
    readTokenHash:
      "Hash of the random token in the link mailed with an answer: says nothing about the person.",
  },
  Notice: { id: ROW_ID, customerId: FOREIGN_KEY },
  InquiryMessage: { id: ROW_ID, inquiryId: FOREIGN_KEY },
  ConsentRecord: { id: ROW_ID },
  PrivacyRequest: { id: ROW_ID, customerId: FOREIGN_KEY, onboardingApplicationId: FOREIGN_KEY },
  PrivacyRequestEvent: { id: ROW_ID, requestId: FOREIGN_KEY },
  OnboardingApplication: {
    id: ROW_ID,
    resumeTokenHash: "Hash of the random resume token in the applicant's browser: says nothing about them.",
    customerId: FOREIGN_KEY,
    updatedAt: ROW_TIMESTAMP,
    expiresAt: ROW_TIMESTAMP,
  },
  CreditReviewCase: {
    id: ROW_ID,
    applicationId: FOREIGN_KEY,
    statusTokenHash: "Hash of the random token in the mailed status link: says nothing about the person.",
  },
  ActivationLetter: { id: ROW_ID },
  Invoice: {
    id: ROW_ID,
    customerId: FOREIGN_KEY,
    contractId: FOREIGN_KEY,
    creditsInvoiceId: FOREIGN_KEY,
    replacesInvoiceId: FOREIGN_KEY,
  },
  InvoiceLine: { id: ROW_ID, invoiceId: FOREIGN_KEY },
  Reminder: { id: ROW_ID, invoiceId: FOREIGN_KEY },
  Payment: {
    id: ROW_ID,
    importId: FOREIGN_KEY,
    invoiceId: FOREIGN_KEY,
    recordLine: "Where the payment stands in the bank's file: says nothing about the payer.",
  },
  BillingItem: {
    id: ROW_ID,
    contractId: FOREIGN_KEY,
    invoiceId: FOREIGN_KEY,
    createdAt: ROW_TIMESTAMP,
    updatedAt: ROW_TIMESTAMP,
  },
  AuditLog: { id: ROW_ID },
  // Notifications (Web Push).
  PushSubscription: { id: ROW_ID, customerId: FOREIGN_KEY },
  NotificationPreference: { customerId: FOREIGN_KEY, updatedAt: ROW_TIMESTAMP },
  ApiToken: { id: ROW_ID, customerId: FOREIGN_KEY },
};

import "server-only";
import { type AuditEntry, writeAudit } from "@/features/audit/server";
import { occupiedFrom } from "@/features/consumption/server";
// "Bli kunde": the application and its status machine (src/features/onboarding/domain/status.ts), the three
// registry look-ups, and the final transaction that makes a customer. Every step is stored before
// the next is offered, so a reload, the back button or a failed outside call never loses work; a
// failed call leaves the application as it was, with a code in lastError for a friendly retry.
// The national ID is decrypted only to be sent to a registry, and never logged.
import { PRODUCT_OFFERS } from "@/features/contracts";
import { throttleKeyForAddress } from "@/features/sign-in/server";
import { Prisma } from "@/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { decryptNationalId, encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { hashPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { enqueueJob } from "@/platform/jobs/job-queue";
import { HISTORY_IMPORT_JOB } from "@/platform/jobs/queued-jobs";
import { logError } from "@/platform/log";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { creditReviewMail } from "@/platform/mail/templates";
import { hitRateLimit } from "@/platform/rate-limit";
import type { MeteringPointCharacteristics } from "@/platform/registries/elhub/elhub";
import type { RegisteredAddress } from "@/platform/registries/folkeregister/folkeregister";
import { type Registries, registries } from "@/platform/registries/registries";
import { DAY_MS } from "@/platform/time/durations";
import { addMonths, osloDate } from "@/platform/time/oslo-calendar";
import { ageFromBirthDate, ageFromNationalId } from "../domain/age";
import type { TApplicant } from "../domain/application-form";
import { type CreditDecision, decideCredit } from "../domain/credit-decision";
import {
  APPLICATION_EXPIRY_DAYS,
  APPLICATIONS_PER_ADDRESS_PER_HOUR,
  HISTORY_IMPORT_MONTHS,
} from "../domain/limits";
import { namesMatch } from "../domain/name-match";
import { START_DATE_MAX_DAYS, START_DATE_MIN_DAYS } from "../domain/offer";
import { type OnboardingEvent, type OnboardingStatusName, transition } from "../domain/status";

/** Version of the consent and terms text the person accepted (recorded in the audit rows). */
export const ONBOARDING_TERMS_VERSION = "2026-11-01";

export interface OnboardingOptions {
  /** The client's address: starting applications is throttled per address when it is given. */
  ip?: string;
  registries?: Registries;
  mail?: MailOptions;
  now?: Date;
}

export type FieldSource = "PERSON" | "REGISTER";
type Sources = Record<string, FieldSource>;

/** What the page needs of Elhub's answer for one metering point. */
export type MeteringPointOption = {
  gsrn: string;
  meterNumber: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityNumber: string;
  priceArea: "NO1" | "NO2" | "NO3" | "NO4" | "NO5";
  gridCompany: string;
  resolution: "PT15M" | "PT1H";
};

export type RegistryErrorCode =
  | "folkeregister-unavailable"
  | "identity-not-found"
  | "identity-deceased"
  | "identity-not-resident"
  | "identity-name-mismatch"
  | "identity-minor"
  | "elhub-unavailable"
  | "elhub-not-found"
  | "experian-unavailable";

const expiryFrom = (now: Date) => new Date(now.getTime() + APPLICATION_EXPIRY_DAYS * DAY_MS);

/** Oslo's calendar date today, YYYY-MM-DD. */
function anonymous(applicationId: string, action: string, metadata?: AuditEntry["metadata"]): AuditEntry {
  return {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action,
    targetType: "OnboardingApplication",
    targetId: applicationId,
    metadata,
  };
}

/** Splits "Eksempelveien 12B" into the street name and house number Elhub searches by. */
export function splitStreet(street: string): { streetName: string; buildingNumber: string } | null {
  const match = /^(.*\S)\s+(\d+\s?[A-Za-z]?)$/.exec(street.trim());
  return match?.[1] && match[2]
    ? { streetName: match[1], buildingNumber: match[2].replace(/\s/g, "") }
    : null;
}

/** Elhub's characteristics of a metering point, as the pages show them. */
export function meteringPointOption(point: MeteringPointCharacteristics): MeteringPointOption {
  return {
    gsrn: point.meteringPointId,
    meterNumber: point.meterNumber,
    street: `${point.address.streetName} ${point.address.buildingNumber}`.trim(),
    postalCode: point.address.postcode,
    city: point.address.cityName,
    municipalityNumber: point.address.municipalityCode,
    priceArea: point.priceArea,
    gridCompany: point.gridAccessProviderName,
    resolution: point.meterReadingOccurrence,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the application

export type ApplicationView = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/** The open application behind a browser's resume token, or null (unknown, completed long ago, or deleted). */
export async function findApplication(resumeToken: string | undefined) {
  if (!resumeToken || resumeToken.length > 100) return null;
  const row = await db.onboardingApplication.findUnique({
    where: { resumeTokenHash: hashLinkToken(resumeToken) },
    select: {
      id: true,
      status: true,
      firstName: true,
      lastName: true,
      email: true,
      street: true,
      postalCode: true,
      city: true,
      fieldSources: true,
      registeredAddress: true,
      meteringPointOptions: true,
      meteringPoint: true,
      creditOutcome: true,
      creditReasonCode: true,
      lastError: true,
      expiresAt: true,
      reviewCase: { select: { status: true, reason: true } },
    },
  });
  if (!row || row.status === "ABANDONED") return null;
  return {
    ...row,
    fieldSources: row.fieldSources as Sources,
    registeredAddress: row.registeredAddress as RegisteredAddress | null,
    meteringPointOptions: row.meteringPointOptions as MeteringPointOption[] | null,
    meteringPoint: row.meteringPoint as MeteringPointOption | null,
    lastError: row.lastError as RegistryErrorCode | null,
  };
}

/**
 * Moves the application from `from` by `event`, only if it is still in `from`: two tabs or a double
 * click cannot both move it. Returns false when another request got there first.
 */
async function move(
  client: Prisma.TransactionClient | typeof db,
  id: string,
  from: OnboardingStatusName,
  event: OnboardingEvent,
  data: Prisma.OnboardingApplicationUpdateManyMutationInput,
  now: Date,
  options: { holdsCreditClaim?: boolean } = {},
): Promise<boolean> {
  const to = transition(from, event);
  if (!to) return false;
  const { count } = await client.onboardingApplication.updateMany({
    // While a credit check runs, only the check itself moves the application: another tab choosing
    // a metering point would wipe its claim and let a second check (and copy letter) start.
    where: { id, status: from, ...(options.holdsCreditClaim ? {} : noCreditCheckRunning(now)) },
    data: { ...data, status: to, expiresAt: expiryFrom(now) },
  });
  return count === 1;
}

/** Marks a credit check in flight, so that a second submit does not run another. */
const CHECK_RUNNING = "credit-check-running";
const CHECK_CLAIM_MS = 2 * 60 * 1000;

/** No credit check claimed; a claim older than any check can take belongs to a request that died. */
function noCreditCheckRunning(now: Date) {
  return {
    OR: [
      { lastError: null },
      { lastError: { not: CHECK_RUNNING } },
      { updatedAt: { lt: new Date(now.getTime() - CHECK_CLAIM_MS) } },
    ],
  } satisfies Prisma.OnboardingApplicationWhereInput;
}

// ---------------------------------------------------------------------------------------------
// Step 1: the person's details and consents

export type StartResult =
  | { ok: true; resumeToken: string }
  | { ok: false; reason: "minor" | "already-customer" | "too-many" };

export async function startApplication(
  input: TApplicant,
  options: OnboardingOptions = {},
): Promise<StartResult> {
  const now = options.now ?? new Date();
  if (options.ip !== undefined) {
    const rule = { limit: APPLICATIONS_PER_ADDRESS_PER_HOUR, windowMs: 60 * 60 * 1000 };
    // Counted before anything else: nobody learns from this form, at speed, who is a customer.
    if (!(await hitRateLimit("onboarding-ip", throttleKeyForAddress(options.ip), rule, now)).allowed) {
      return { ok: false, reason: "too-many" };
    }
  }
  if (ageFromNationalId(input.nationalId, osloDate(now)).kind === "minor")
    return { ok: false, reason: "minor" };
  const nationalIdHash = nationalIdBlindIndex(input.nationalId);
  if (await db.customer.findUnique({ where: { nationalIdHash }, select: { id: true } })) {
    return { ok: false, reason: "already-customer" };
  }
  const resumeToken = newLinkToken();
  const person: FieldSource = "PERSON";
  const application = await db.$transaction(async (tx) => {
    const created = await tx.onboardingApplication.create({
      data: {
        resumeTokenHash: hashLinkToken(resumeToken),
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        street: input.street,
        postalCode: input.postalCode,
        city: input.city,
        nationalIdCiphertext: encryptNationalId(input.nationalId),
        nationalIdHash,
        fieldSources: {
          firstName: person,
          lastName: person,
          email: person,
          phone: person,
          street: person,
          postalCode: person,
          city: person,
          nationalId: person,
        },
        consentedAt: now,
        expiresAt: expiryFrom(now),
      },
      select: { id: true },
    });
    await writeAudit(
      tx,
      anonymous(created.id, "onboarding.start", {
        termsVersion: ONBOARDING_TERMS_VERSION,
        consentFolkeregister: true,
        consentElhub: true,
        consentExperian: true,
      }),
    );
    return created;
  });
  await verifyIdentity(application.id, options);
  return { ok: true, resumeToken };
}

// ---------------------------------------------------------------------------------------------
// Step 2 (+ the first metering point search, which does not depend on it): Folkeregisteret ‖ Elhub

export type StepResult = { ok: true } | { ok: false; reason: "stale" | RegistryErrorCode };

async function withApplication(id: string) {
  return db.onboardingApplication.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      firstName: true,
      lastName: true,
      street: true,
      postalCode: true,
      nationalIdCiphertext: true,
      meteringPointOptions: true,
      registeredAddress: true,
      creditOutcome: true,
      email: true,
    },
  });
}

function lookupAudit(applicationId: string, registry: string, purpose: string, outcome: string): AuditEntry {
  return anonymous(applicationId, "registry.lookup", { registry, purpose, outcome });
}

/** P7 and P8: identity in Folkeregisteret and the metering point at the typed address, side by side. */
export async function verifyIdentity(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (app?.status !== "DRAFT") return { ok: false, reason: "stale" };
  const { folkeregister } = options.registries ?? registries();
  const nationalId = decryptNationalId(app.nationalIdCiphertext);
  const [person, points] = await Promise.all([
    folkeregister.findPerson({ nationalId, name: `${app.firstName} ${app.lastName}` }),
    searchByAddress(nationalId, app.street, app.postalCode, options),
  ]);
  await db.$transaction(async (tx) => {
    await writeAudit(
      tx,
      lookupAudit(app.id, "folkeregister", "identification", person.ok ? "found" : person.reason),
    );
    await writeAudit(tx, lookupAudit(app.id, "elhub", "metering-point", points.outcome));
  });

  let failure: RegistryErrorCode | null = null;
  if (!person.ok)
    failure = person.reason === "not-found" ? "identity-not-found" : "folkeregister-unavailable";
  // The name first: someone who only knows a national ID learns nothing about that person's status.
  else if (!namesMatch({ firstName: app.firstName, lastName: app.lastName }, person.value))
    failure = "identity-name-mismatch";
  else if (person.value.deceased) failure = "identity-deceased";
  else if (person.value.status !== "bosatt") failure = "identity-not-resident";
  else {
    const age = ageFromNationalId(nationalId, osloDate(now));
    const birthDate = person.value.birthDate;
    const decided = age.kind === "unknown" && birthDate ? ageFromBirthDate(birthDate, osloDate(now)) : age;
    if (decided.kind !== "adult") failure = "identity-minor";
  }
  if (failure || !person.ok) {
    await db.onboardingApplication.updateMany({
      where: { id: app.id, status: "DRAFT" },
      data: { lastError: failure },
    });
    return { ok: false, reason: failure ?? "folkeregister-unavailable" };
  }
  const moved = await move(
    db,
    app.id,
    "DRAFT",
    "identity-verified",
    {
      identityVerifiedAt: now,
      registeredAddress: person.value.address ? { ...person.value.address } : Prisma.DbNull,
      meteringPointOptions: points.options ?? Prisma.DbNull,
      lastError: points.outcome === "unavailable" ? "elhub-unavailable" : null,
    },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

type Search = {
  outcome: "found" | "not-found" | "unavailable" | "invalid";
  options: MeteringPointOption[] | null;
};

async function searchByAddress(
  nationalId: string,
  street: string,
  postcode: string,
  options: OnboardingOptions,
): Promise<Search> {
  const parts = splitStreet(street);
  if (!parts) return { outcome: "not-found", options: [] };
  const result = await (options.registries ?? registries()).elhub.findMeteringPoints({
    nationalId,
    postcode,
    ...parts,
  });
  if (result.ok) return { outcome: "found", options: result.value.map(meteringPointOption) };
  if (result.reason === "unavailable") return { outcome: "unavailable", options: null };
  return { outcome: result.reason, options: [] };
}

/** Retry of step 2 after a failed look-up: the same checks again. */
export async function retryIdentity(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<StepResult> {
  return verifyIdentity(applicationId, options);
}

// ---------------------------------------------------------------------------------------------
// Step 3: the address to keep, and the metering point

/** Keeps the registered address instead of the typed one (P6: recorded as from the register). */
export async function useRegisteredAddress(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const app = await db.onboardingApplication.findUnique({
    where: { id: applicationId },
    select: {
      status: true,
      registeredAddress: true,
      fieldSources: true,
      nationalIdCiphertext: true,
      meteringPointOptions: true,
    },
  });
  const address = app?.registeredAddress as RegisteredAddress | null | undefined;
  if (app?.status !== "IDENTITY_VERIFIED" || !address) return { ok: false, reason: "stale" };
  const sources = {
    ...(app.fieldSources as Sources),
    street: "REGISTER",
    postalCode: "REGISTER",
    city: "REGISTER",
  };
  const known = (app.meteringPointOptions as MeteringPointOption[] | null) ?? [];
  const search =
    known.length > 0
      ? null
      : await searchByAddress(
          decryptNationalId(app.nationalIdCiphertext),
          address.street,
          address.postalCode,
          options,
        );
  const moved = await move(
    db,
    applicationId,
    "IDENTITY_VERIFIED",
    "identity-verified",
    {
      street: address.street,
      postalCode: address.postalCode,
      city: address.city,
      fieldSources: sources,
      ...(search
        ? {
            meteringPointOptions: search.options ?? Prisma.DbNull,
            lastError: search.outcome === "unavailable" ? "elhub-unavailable" : null,
          }
        : {}),
    },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

/** Searches Elhub again: by meter number when given, else by the application's address. */
export async function searchMeteringPoint(
  applicationId: string,
  input: { meterNumber?: string },
  options: OnboardingOptions = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (!app || (app.status !== "IDENTITY_VERIFIED" && app.status !== "METERING_POINT_CHOSEN")) {
    return { ok: false, reason: "stale" };
  }
  const nationalId = decryptNationalId(app.nationalIdCiphertext);
  let search: Search;
  if (input.meterNumber) {
    const result = await (options.registries ?? registries()).elhub.findMeteringPoints({
      nationalId,
      meterNumber: input.meterNumber,
    });
    search = result.ok
      ? { outcome: "found", options: result.value.map(meteringPointOption) }
      : { outcome: result.reason, options: result.reason === "unavailable" ? null : [] };
  } else {
    search = await searchByAddress(nationalId, app.street, app.postalCode, options);
  }
  await writeAudit(db, lookupAudit(app.id, "elhub", "metering-point", search.outcome));
  if (search.outcome === "unavailable") {
    await db.onboardingApplication.update({
      where: { id: app.id },
      data: { lastError: "elhub-unavailable" },
    });
    return { ok: false, reason: "elhub-unavailable" };
  }
  const moved = await move(
    db,
    app.id,
    app.status,
    app.status === "IDENTITY_VERIFIED" ? "identity-verified" : "metering-point-chosen",
    {
      meteringPointOptions: search.options ?? [],
      lastError: search.outcome === "found" ? null : "elhub-not-found",
    },
    now,
  );
  if (!moved) return { ok: false, reason: "stale" };
  return search.outcome === "found" ? { ok: true } : { ok: false, reason: "elhub-not-found" };
}

export async function chooseMeteringPoint(
  applicationId: string,
  gsrn: string,
  options: OnboardingOptions = {},
): Promise<{ ok: true } | { ok: false; reason: "stale" | "unknown-metering-point" }> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (!app || (app.status !== "IDENTITY_VERIFIED" && app.status !== "METERING_POINT_CHOSEN")) {
    return { ok: false, reason: "stale" };
  }
  const chosen = ((app.meteringPointOptions as MeteringPointOption[] | null) ?? []).find(
    (p) => p.gsrn === gsrn,
  );
  if (!chosen) return { ok: false, reason: "unknown-metering-point" };
  const moved = await move(
    db,
    app.id,
    app.status,
    "metering-point-chosen",
    { gsrn, meteringPoint: { ...chosen } },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

// ---------------------------------------------------------------------------------------------
// Step 4: the credit check (P9) and its automated decision

export type CreditResult =
  | { ok: true; decision: CreditDecision }
  | { ok: false; reason: "stale" | "experian-unavailable" };

export async function runCreditCheck(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<CreditResult> {
  const now = options.now ?? new Date();
  // Claim the check first: a second click or tab finds it claimed and never runs (or letters) a second one.
  const { count } = await db.onboardingApplication.updateMany({
    where: { id: applicationId, status: "METERING_POINT_CHOSEN", ...noCreditCheckRunning(now) },
    data: { lastError: CHECK_RUNNING },
  });
  if (count !== 1) return { ok: false, reason: "stale" };
  const app = await withApplication(applicationId);
  if (!app) return { ok: false, reason: "stale" };
  const report = await (options.registries ?? registries()).experian.creditCheck({
    nationalId: decryptNationalId(app.nationalIdCiphertext),
  });
  await writeAudit(
    db,
    lookupAudit(app.id, "experian", "credit-assessment", report.ok ? "found" : report.reason),
  );
  if (!report.ok && report.reason !== "not-found") {
    await db.onboardingApplication.update({
      where: { id: app.id },
      data: { lastError: "experian-unavailable" },
    });
    return { ok: false, reason: "experian-unavailable" };
  }
  const decision = decideCredit(
    report.ok
      ? {
          found: true,
          score: report.value.score,
          openPaymentRemarks: report.value.openPaymentRemarks,
          creditBlocked: report.value.creditBlocked,
        }
      : { found: false, score: null, openPaymentRemarks: 0, creditBlocked: false },
  );
  const reviewToken = decision.outcome === "MANUAL_REVIEW" ? newLinkToken() : null;
  const decided = await db.$transaction(async (tx) => {
    const moved = await move(
      tx,
      app.id,
      "METERING_POINT_CHOSEN",
      decision.outcome === "DECLINED" ? "credit-declined" : "credit-decided",
      {
        creditOutcome: decision.outcome,
        creditReasonCode: decision.reasonCode,
        creditScoreBand: report.ok ? report.value.band : null,
        creditAutomated: decision.automated,
        creditDecidedAt: now,
        lastError: null,
      },
      now,
      { holdsCreditClaim: true },
    );
    // The application went elsewhere meanwhile (abandoned, purged): no decision and no case to record.
    if (!moved) return false;
    if (reviewToken) {
      await tx.creditReviewCase.create({
        data: {
          applicationId: app.id,
          reason: "RULES_MANUAL_REVIEW",
          statusTokenHash: hashLinkToken(reviewToken),
        },
        select: { id: true },
      });
    }
    await writeAudit(
      tx,
      anonymous(app.id, "onboarding.credit-decision", {
        outcome: decision.outcome,
        reasonCode: decision.reasonCode,
        band: report.ok ? report.value.band : null,
        automated: true,
      }),
    );
    return true;
  });
  if (!decided) return { ok: false, reason: "stale" };
  if (reviewToken) await mailReviewLink(app.email, reviewToken, false, options);
  return { ok: true, decision };
}

async function mailReviewLink(
  to: string,
  token: string,
  requestedByApplicant: boolean,
  options: OnboardingOptions,
) {
  const link = `${env().APP_URL}/bli-kunde/vurdering/${token}`;
  await sendMailOrLog(
    "credit-review",
    { to, ...creditReviewMail({ link, requestedByApplicant }) },
    options.mail,
  );
}

/** Art. 22: the applicant asks that a person looks at an automated decline. One case per application. */
export async function requestHumanReview(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<{ ok: true } | { ok: false; reason: "stale" }> {
  const now = options.now ?? new Date();
  const token = newLinkToken();
  const created = await db
    .$transaction(async (tx) => {
      const app = await tx.onboardingApplication.findFirst({
        where: { id: applicationId, status: "DECLINED", reviewCase: null },
        select: { id: true, email: true },
      });
      if (!app) return null;
      await tx.creditReviewCase.create({
        data: { applicationId: app.id, reason: "APPLICANT_REQUEST", statusTokenHash: hashLinkToken(token) },
        select: { id: true },
      });
      // The application waits for the review: it is not deleted as abandoned meanwhile.
      await tx.onboardingApplication.update({ where: { id: app.id }, data: { expiresAt: expiryFrom(now) } });
      await writeAudit(tx, anonymous(app.id, "credit-review.request"));
      return app;
    })
    .catch((error: unknown) => {
      // Two clicks at once: the second finds the case the first made.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
      throw error;
    });
  if (!created) return { ok: false, reason: "stale" };
  await mailReviewLink(created.email, token, true, options);
  return { ok: true };
}

/** The review case behind a mailed status link. */
export async function findReviewByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return db.creditReviewCase.findUnique({
    where: { statusTokenHash: hashLinkToken(token) },
    select: {
      status: true,
      reason: true,
      requestedAt: true,
      decidedAt: true,
      application: { select: { id: true, status: true } },
    },
  });
}

/** The mailed link also lets the applicant finish in another browser: a fresh resume token for it. */
export async function resumeFromReviewLink(
  token: string,
): Promise<{ ok: true; resumeToken: string } | { ok: false; reason: "stale" }> {
  const review = await findReviewByToken(token);
  if (review?.status !== "APPROVED" || review.application.status !== "CREDIT_DECIDED") {
    return { ok: false, reason: "stale" };
  }
  const resumeToken = newLinkToken();
  await db.onboardingApplication.update({
    where: { id: review.application.id },
    data: { resumeTokenHash: hashLinkToken(resumeToken) },
  });
  return { ok: true, resumeToken };
}

// ---------------------------------------------------------------------------------------------
// Step 5 + 6: product, start date, password → customer, user, metering point, contract, consents

export type CompleteResult =
  | { ok: true; email: string; meteringPointId: string; historyQueued: boolean }
  | {
      ok: false;
      reason: "stale" | "already-customer" | "email-taken" | "metering-point-taken" | "start-date";
    };

export async function completeApplication(
  applicationId: string,
  input: { product: "SPOT" | "FIXED"; startDate: string; password: string },
  options: OnboardingOptions = {},
): Promise<CompleteResult> {
  const now = options.now ?? new Date();
  const today = osloDate(now);
  const earliest = osloDate(new Date(now.getTime() + START_DATE_MIN_DAYS * DAY_MS));
  const latest = osloDate(new Date(now.getTime() + START_DATE_MAX_DAYS * DAY_MS));
  if (input.startDate < earliest || input.startDate > latest || input.startDate <= today) {
    return { ok: false, reason: "start-date" };
  }
  const product = PRODUCT_OFFERS[input.product];
  // Hashed before the transaction: argon2 takes a while, and a transaction should not wait for it.
  const passwordHash = await hashPassword(input.password);
  let created: { email: string; meteringPointId: string; historyFrom: string };
  try {
    const result = await db.$transaction(async (tx) => {
      const app = await tx.onboardingApplication.findFirst({
        where: { id: applicationId, status: "CREDIT_DECIDED", creditOutcome: "APPROVED" },
      });
      if (!app) return { ok: false, reason: "stale" } as const;
      // The claim: of two submits, only the one that moves the status goes on; the other rolls back.
      if (!(await move(tx, app.id, "CREDIT_DECIDED", "completed", {}, now))) {
        return { ok: false, reason: "stale" } as const;
      }
      if (
        await tx.customer.findUnique({ where: { nationalIdHash: app.nationalIdHash }, select: { id: true } })
      ) {
        throw new Rollback("already-customer");
      }
      if (await tx.user.findUnique({ where: { email: app.email }, select: { id: true } })) {
        throw new Rollback("email-taken");
      }
      const point = app.meteringPoint as MeteringPointOption | null;
      if (!point) throw new Rollback("stale");
      const customer = await tx.customer.create({
        data: {
          firstName: app.firstName,
          lastName: app.lastName,
          email: app.email,
          phone: app.phone,
          street: app.street,
          postalCode: app.postalCode,
          city: app.city,
          nationalIdCiphertext: app.nationalIdCiphertext,
          nationalIdHash: app.nationalIdHash,
          fieldSources: app.fieldSources as Sources,
        },
        select: { id: true },
      });
      const start = new Date(`${input.startDate}T00:00:00Z`);
      const existingPoint = await tx.meteringPoint.findUnique({
        where: { gsrn: point.gsrn },
        select: { id: true },
      });
      // A point someone left before our start is free; one still supplied on that day is not.
      if (existingPoint && (await occupiedFrom(tx, { id: existingPoint.id }, input.startDate))) {
        throw new Rollback("metering-point-taken");
      }
      const pointData = {
        meterNumber: point.meterNumber,
        street: point.street,
        postalCode: point.postalCode,
        city: point.city,
        priceArea: point.priceArea,
        gridCompany: point.gridCompany,
        municipalityNumber: point.municipalityNumber,
        customerId: customer.id,
      };
      const meteringPoint = existingPoint
        ? await tx.meteringPoint.update({
            where: { id: existingPoint.id },
            data: pointData,
            select: { id: true },
          })
        : await tx.meteringPoint.create({ data: { gsrn: point.gsrn, ...pointData }, select: { id: true } });
      const supply = await tx.supplyPeriod.create({
        data: {
          customerId: customer.id,
          meteringPointId: meteringPoint.id,
          fromDate: await supplyFrom(tx, meteringPoint.id, now),
        },
        select: { fromDate: true },
      });
      const contract = await tx.contract.create({
        data: {
          customerId: customer.id,
          meteringPointId: meteringPoint.id,
          product: product.product,
          markupOrePerKwh: product.markupOrePerKwh,
          monthlyFeeOre: product.monthlyFeeOre,
          fixedPriceOrePerKwh: product.fixedPriceOrePerKwh,
          fixedUntil: product.fixedMonths ? new Date(addMonths(input.startDate, product.fixedMonths)) : null,
          startDate: start,
        },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: { email: app.email, passwordHash, role: "CUSTOMER", customerId: customer.id },
        select: { id: true },
      });
      // Completed: the data now lives on the customer; the application is kept only until the next
      // purge, so that a late second submit still finds it completed.
      await tx.onboardingApplication.update({
        where: { id: app.id },
        data: { customerId: customer.id, expiresAt: now },
      });
      const customerAudit = (action: string, metadata: AuditEntry["metadata"]): AuditEntry => ({
        actorUserId: user.id,
        actorRole: "CUSTOMER",
        action,
        subjectCustomerId: customer.id,
        targetType: "Customer",
        targetId: customer.id,
        metadata,
      });
      await writeAudit(
        tx,
        customerAudit("customer.create", {
          applicationId: app.id,
          contractId: contract.id,
          product: product.product,
        }),
      );
      await writeAudit(
        tx,
        customerAudit("customer.consent", {
          termsVersion: ONBOARDING_TERMS_VERSION,
          folkeregister: true,
          elhub: true,
          experian: true,
          elhubMandate: true,
          consentedAt: app.consentedAt.toISOString(),
        }),
      );
      return {
        ok: true,
        email: app.email,
        meteringPointId: meteringPoint.id,
        historyFrom: supply.fromDate.toISOString().slice(0, 10),
      } as const;
    });
    if (!result.ok) return result;
    created = result;
  } catch (error) {
    if (error instanceof Rollback) return { ok: false, reason: error.reason };
    // A customer made at the same moment by another application for the same person or email.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "already-customer" };
    }
    throw error;
  }
  // P8: at least 12 months of history, imported in the background from where the customer's own
  // supply begins. The customer exists now: a queue that fails is logged, never reported as a lost signup.
  const { historyFrom, ...customer } = created;
  const historyQueued = await enqueueJob(
    HISTORY_IMPORT_JOB,
    { meteringPointId: customer.meteringPointId, from: historyFrom },
    { singletonKey: customer.meteringPointId },
  ).catch((error: unknown) => {
    logError("onboarding.history-enqueue", error);
    return false;
  });
  return { ok: true, ...customer, historyQueued };
}

/**
 * Where the new customer's own readings begin. Elhub found the point by the person's national ID
 * and address, so it counts the person as its end user: the imported history (HISTORY_IMPORT_MONTHS)
 * is theirs — but never before a previous occupant's supply period ended.
 */
async function supplyFrom(tx: Prisma.TransactionClient, meteringPointId: string, now: Date): Promise<Date> {
  const historyStart = `${addMonths(osloDate(now), -HISTORY_IMPORT_MONTHS).slice(0, 8)}01`;
  const previous = await tx.supplyPeriod.aggregate({ where: { meteringPointId }, _max: { toDate: true } });
  const previousEnd = previous._max.toDate?.toISOString().slice(0, 10);
  const from = previousEnd && previousEnd > historyStart ? previousEnd : historyStart;
  return new Date(`${from}T00:00:00Z`);
}

class Rollback extends Error {
  override name = "Rollback";
  constructor(readonly reason: "already-customer" | "email-taken" | "metering-point-taken" | "stale") {
    super(reason);
  }
}

// ---------------------------------------------------------------------------------------------
// Housekeeping

/** "Start på nytt": the person drops an application that stopped (a typo in the name, another number). */
export async function discardApplication(applicationId: string): Promise<{ ok: true }> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.onboardingApplication.deleteMany({
      where: { id: applicationId, status: { notIn: ["COMPLETED"] } },
    });
    if (count) await writeAudit(tx, anonymous(applicationId, "onboarding.discard"));
  });
  return { ok: true };
}

import "server-only";
// The transaction at the end of "Bli kunde" (steps 5 and 6): an approved application becomes a
// customer, their login, the metering point, its supply period and the contract — all or nothing.
// A conflict found on the way throws Rollback, so nothing of the half-made customer stays.
import { occupiedFrom } from "@/features/consumption/server";
import { type OfferedProduct, PRODUCT_OFFERS } from "@/features/contracts";
import { termsVersionOn } from "@/features/terms";
import type { OnboardingApplication, Prisma } from "@/generated/prisma/client";
import { addMonths, osloDate } from "@/platform/time/oslo-calendar";
import { HISTORY_IMPORT_MONTHS } from "../domain/limits";
import { auditNewCustomer } from "./application-audit";
import { move } from "./application-state";
import type { MeteringPointOption } from "./elhub-search";
import type { FieldSources } from "./step-types";

type Tx = Prisma.TransactionClient;

/** What the person chose in the last step; the password is hashed before the transaction. */
export type Account = {
  product: OfferedProduct;
  startDate: string;
  /** The customer expressly asked for supply to start within the withdrawal period. */
  startDuringWithdrawalPeriod: boolean;
  passwordHash: string;
};

export type NewCustomer = { email: string; meteringPointId: string; contractId: string; historyFrom: string };

export class Rollback extends Error {
  override name = "Rollback";
  constructor(readonly reason: "already-customer" | "email-taken" | "metering-point-taken" | "stale") {
    super(reason);
  }
}

export async function createCustomer(
  tx: Tx,
  applicationId: string,
  account: Account,
  now: Date,
): Promise<({ ok: true } & NewCustomer) | { ok: false; reason: "stale" }> {
  const app = await tx.onboardingApplication.findFirst({
    where: { id: applicationId, status: "CREDIT_DECIDED", creditOutcome: "APPROVED" },
  });
  if (!app) return { ok: false, reason: "stale" };
  // The claim: of two submits, only the one that moves the status goes on; the other rolls back.
  if (!(await move(tx, app.id, "CREDIT_DECIDED", "completed", {}, now)))
    return { ok: false, reason: "stale" };
  const person = verifiedPerson(app);
  const point = await chosenPointOfNewPerson(tx, app, person.email);
  const customer = await tx.customer.create({
    data: {
      ...person,
      nationalIdCiphertext: app.nationalIdCiphertext,
      nationalIdHash: app.nationalIdHash,
      fieldSources: app.fieldSources as FieldSources,
    },
    select: { id: true },
  });
  const meteringPointId = await takeOverMeteringPoint(tx, point, customer.id, account.startDate);
  // Supply starts with the contract; the months before it are the customer's history, not our supply.
  const historyFrom = await historyStart(tx, meteringPointId, now, account.startDate);
  await tx.supplyPeriod.create({
    data: {
      customerId: customer.id,
      meteringPointId,
      fromDate: new Date(`${account.startDate}T00:00:00Z`),
      historyFromDate: historyFrom ? new Date(`${historyFrom}T00:00:00Z`) : null,
    },
    select: { id: true },
  });
  const contractId = await createContract(tx, customer.id, meteringPointId, account, acceptedTerms(app, now));
  const user = await tx.user.create({
    data: {
      email: person.email,
      passwordHash: account.passwordHash,
      role: "CUSTOMER",
      customerId: customer.id,
    },
    select: { id: true },
  });
  // Completed: the data now lives on the customer; the application is kept only until the next
  // purge, so that a late second submit still finds it completed.
  await tx.onboardingApplication.update({
    where: { id: app.id },
    data: { customerId: customer.id, expiresAt: now },
  });
  await auditNewCustomer(tx, {
    app,
    customerId: customer.id,
    userId: user.id,
    contractId,
    product: PRODUCT_OFFERS[account.product].product,
  });
  return {
    ok: true,
    email: person.email,
    meteringPointId,
    contractId,
    historyFrom: historyFrom ?? account.startDate,
  };
}

/**
 * The person as the application has them: the name from Folkeregisteret and contact details with an
 * email they proved they receive. An application without them never became a customer.
 */
function verifiedPerson(app: OnboardingApplication) {
  const { firstName, lastName, email, phone, street, postalCode, city } = app;
  if (
    !firstName ||
    !lastName ||
    !email ||
    !app.emailVerifiedAt ||
    !phone ||
    !street ||
    !postalCode ||
    !city
  ) {
    throw new Rollback("stale");
  }
  return { firstName, lastName, email, phone, street, postalCode, city };
}

/** The chosen metering point, once it is sure the person and the email are not a customer already. */
async function chosenPointOfNewPerson(
  tx: Tx,
  app: OnboardingApplication,
  email: string,
): Promise<MeteringPointOption> {
  if (await tx.customer.findUnique({ where: { nationalIdHash: app.nationalIdHash }, select: { id: true } })) {
    throw new Rollback("already-customer");
  }
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new Rollback("email-taken");
  }
  const point = app.meteringPoint as MeteringPointOption | null;
  if (!point) throw new Rollback("stale");
  return point;
}

/** The metering point as Elhub described it, now the new customer's: made, or taken over if free. */
async function takeOverMeteringPoint(
  tx: Tx,
  point: MeteringPointOption,
  customerId: string,
  startDate: string,
): Promise<string> {
  const existing = await tx.meteringPoint.findUnique({ where: { gsrn: point.gsrn }, select: { id: true } });
  // A point someone left before our start is free; one still supplied on that day is not.
  if (existing && (await occupiedFrom(tx, { id: existing.id }, startDate))) {
    throw new Rollback("metering-point-taken");
  }
  const data = {
    meterNumber: point.meterNumber,
    street: point.street,
    postalCode: point.postalCode,
    city: point.city,
    priceArea: point.priceArea,
    gridCompany: point.gridCompany,
    municipalityNumber: point.municipalityNumber,
    customerId,
  };
  const saved = existing
    ? await tx.meteringPoint.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.meteringPoint.create({ data: { gsrn: point.gsrn, ...data }, select: { id: true } });
  return saved.id;
}

/**
 * Where the new customer's own readings before their supply begin (null: none). Elhub found the point
 * by the person's national ID and address, so it counts the person as its end user: the imported
 * history (HISTORY_IMPORT_MONTHS) is theirs — but never before a previous occupant's supply period ended.
 */
async function historyStart(
  tx: Tx,
  meteringPointId: string,
  now: Date,
  supplyStart: string,
): Promise<string | null> {
  const monthsBack = `${addMonths(osloDate(now), -HISTORY_IMPORT_MONTHS).slice(0, 8)}01`;
  const previous = await tx.supplyPeriod.aggregate({ where: { meteringPointId }, _max: { toDate: true } });
  const previousEnd = previous._max.toDate?.toISOString().slice(0, 10);
  const from = previousEnd && previousEnd > monthsBack ? previousEnd : monthsBack;
  return from < supplyStart ? from : null;
}

/**
 * The terms the person accepted: the version of Avtalevilkår in force when they ticked "Jeg har lest og
 * godtar avtalevilkårene" (the application's consent), and the contract concluded now.
 */
function acceptedTerms(app: OnboardingApplication, now: Date) {
  return { termsVersion: termsVersionOn(osloDate(app.consentedAt))?.id ?? null, concludedAt: now };
}

/** The contract on today's offer of the chosen product, from the chosen start date. */
async function createContract(
  tx: Tx,
  customerId: string,
  meteringPointId: string,
  account: Account,
  accepted: { termsVersion: string | null; concludedAt: Date },
): Promise<string> {
  const offer = PRODUCT_OFFERS[account.product];
  const contract = await tx.contract.create({
    data: {
      customerId,
      meteringPointId,
      product: offer.product,
      markupOrePerKwh: offer.markupOrePerKwh,
      monthlyFeeOre: offer.monthlyFeeOre,
      fixedPriceOrePerKwh: offer.fixedPriceOrePerKwh,
      fixedUntil: offer.fixedMonths ? new Date(addMonths(account.startDate, offer.fixedMonths)) : null,
      startDate: new Date(`${account.startDate}T00:00:00Z`),
      ...accepted,
      startDuringWithdrawalPeriod: account.startDuringWithdrawalPeriod,
    },
    select: { id: true },
  });
  return contract.id;
}

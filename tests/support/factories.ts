// Test data for integration tests: synthetic rows with unique keys in the file's own database.
// National IDs are placeholders ("ciphertext-N", "hash-N"), never real ciphertext: no test here decrypts
// them, and the recognisable markers let a test assert that neither leaks into what a page shows.

import { randomUUID } from "node:crypto";
import { CONSENT_POLICY_VERSION } from "@/features/consent/domain/consent-limits";
import type { Prisma, Role } from "@/generated/prisma/client";
import { hashPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { norwegianGsrn } from "@/platform/identifiers/gsrn";

/** The password every `createUser` account has unless the test passes another. */
export const PASSWORD = "Riktig passord 2026";

let sequence = 0;

// argon2id costs milliseconds per hash: each distinct password is hashed once per test file.
const hashes = new Map<string, Promise<string>>();
function passwordHashFor(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export async function createCustomer(overrides: Partial<Prisma.CustomerUncheckedCreateInput> = {}) {
  const n = ++sequence;
  return db.customer.create({
    data: {
      firstName: "Test",
      lastName: "Kunde",
      email: `kunde${n}@example.com`,
      phone: `4000${String(n).padStart(4, "0")}`,
      street: "Testveien 1",
      postalCode: "0150",
      city: "Oslo",
      nationalIdCiphertext: `ciphertext-${n}`,
      nationalIdHash: `hash-${n}`,
      ...overrides,
    },
    select: { id: true, customerNumber: true },
  });
}

/** A login; a CUSTOMER gets a customer of their own with the same email, staff get none. */
export async function createUser({
  role = "CUSTOMER",
  password = PASSWORD,
}: {
  role?: Role;
  password?: string;
} = {}) {
  const email = `bruker${++sequence}@example.com`;
  const customer = role === "CUSTOMER" ? await createCustomer({ email }) : null;
  const user = await db.user.create({
    data: { email, passwordHash: await passwordHashFor(password), role, customerId: customer?.id },
    select: { id: true, customerId: true },
  });
  return { ...user, email };
}

/** Marks a session as past its second factor, as the code step does: staff sessions need it to open /admin. */
export async function secondFactorPassed<S extends { sessionId: string }>(session: S): Promise<S> {
  await db.authSession.update({
    where: { id: session.sessionId },
    data: { secondFactorVerifiedAt: new Date() },
    select: { id: true },
  });
  return session;
}

export async function createMeteringPoint(
  customerId: string,
  overrides: Partial<Prisma.MeteringPointUncheckedCreateInput> = {},
) {
  const serial = 10_000_000 + ++sequence;
  return db.meteringPoint.create({
    data: {
      gsrn: norwegianGsrn(serial),
      meterNumber: `M-${serial}`,
      street: "Målerveien 1",
      postalCode: "0150",
      city: "Oslo",
      priceArea: "NO1",
      gridCompany: "Elvia AS",
      customerId,
      ...overrides,
    },
    select: { id: true, gsrn: true, meterNumber: true },
  });
}

export type ContractOverrides = Partial<
  Omit<Prisma.ContractUncheckedCreateInput, "customerId" | "meteringPointId">
>;

/** An active spot-price contract from 1 January 2025, unless overridden. */
export async function createContract(
  customerId: string,
  meteringPointId: string,
  overrides: ContractOverrides = {},
) {
  return db.contract.create({
    data: {
      customerId,
      meteringPointId,
      product: "SPOT",
      markupOrePerKwh: "4.9",
      monthlyFeeOre: 4900,
      status: "ACTIVE",
      startDate: new Date("2025-01-01"),
      // Concluded long before today: outside its withdrawal period unless a test says otherwise.
      concludedAt: new Date("2024-12-01T10:00:00Z"),
      ...overrides,
    },
    select: { id: true },
  });
}

/**
 * The customer's own time on a metering point, [from, to) in Oslo dates; open-ended unless `to` is given.
 * `historyFrom`: their own consumption before the supply, from that date (Elhub's history at sign-up).
 */
export async function createSupplyPeriod(
  customerId: string,
  meteringPointId: string,
  from: string,
  to?: string,
  historyFrom?: string,
) {
  return db.supplyPeriod.create({
    data: {
      customerId,
      meteringPointId,
      fromDate: new Date(from),
      toDate: to ? new Date(to) : null,
      historyFromDate: historyFrom ? new Date(historyFrom) : null,
    },
    select: { id: true },
  });
}

/** Norgespris on a metering point from an Oslo date (the database refuses one before 2025-10-01). */
export async function createNorgesprisPeriod(meteringPointId: string, from: string, to?: string) {
  return db.norgesprisPeriod.create({
    data: { meteringPointId, fromDate: new Date(from), toDate: to ? new Date(to) : null },
    select: { id: true },
  });
}

/** A cookie choice as the consent layer records it: "Godta alle" in the banner, now, unless overridden. */
export async function createConsentRecord(overrides: Partial<Prisma.ConsentRecordUncheckedCreateInput> = {}) {
  return db.consentRecord.create({
    data: {
      visitorId: randomUUID(),
      choice: "ACCEPT_ALL",
      source: "BANNER",
      statistics: true,
      marketing: true,
      policyVersion: CONSENT_POLICY_VERSION,
      ...overrides,
    },
    select: { id: true, visitorId: true },
  });
}

/** The "Bli kunde" application a customer completed, its credit check approved by the rules unless overridden. */
export async function createCompletedApplication(
  customerId: string,
  overrides: Partial<Prisma.OnboardingApplicationUncheckedCreateInput> = {},
) {
  const n = ++sequence;
  const at = new Date("2026-01-01T10:00:00Z");
  return db.onboardingApplication.create({
    data: {
      status: "COMPLETED",
      resumeTokenHash: `resume-${n}`,
      firstName: "Test",
      lastName: "Kunde",
      email: `soker${n}@example.com`,
      phone: `4100${String(n).padStart(4, "0")}`,
      street: "Testveien 1",
      postalCode: "0150",
      city: "Oslo",
      nationalIdCiphertext: `ciphertext-${n}`,
      nationalIdHash: `hash-${n}`,
      fieldSources: {},
      consentedAt: at,
      creditOutcome: "APPROVED",
      creditAutomated: true,
      creditDecidedAt: at,
      customerId,
      expiresAt: at,
      ...overrides,
    },
    select: { id: true },
  });
}

import "server-only";
// Reading an application and moving it along its status machine (../domain/status.ts). Every move
// is conditional on the status the step read, so two tabs or a double click cannot both move it, and
// every move gives the person the full time again before the application expires.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { DAY_MS, MINUTE_MS } from "@/platform/time/durations";
import { APPLICATION_EXPIRY_DAYS } from "../domain/limits";
import { type OnboardingEvent, type OnboardingStatusName, transition } from "../domain/status";

export const expiryFrom = (now: Date) => new Date(now.getTime() + APPLICATION_EXPIRY_DAYS * DAY_MS);

/** What the steps need of the application: its status, the person's details, the registry answers. */
export async function withApplication(id: string) {
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
      emailVerifiedAt: true,
      fieldSources: true,
    },
  });
}

/**
 * Moves the application from `from` by `event`, only if it is still in `from`: two tabs or a double
 * click cannot both move it. Returns false when another request got there first.
 */
export async function move(
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
const CHECK_CLAIM_MS = 2 * MINUTE_MS;

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

/** Claims the credit check: a second click or tab finds it claimed and never runs (or letters) a second one. */
export async function claimCreditCheck(id: string, now: Date): Promise<boolean> {
  const { count } = await db.onboardingApplication.updateMany({
    where: { id, status: "METERING_POINT_CHOSEN", ...noCreditCheckRunning(now) },
    data: { lastError: CHECK_RUNNING },
  });
  return count === 1;
}

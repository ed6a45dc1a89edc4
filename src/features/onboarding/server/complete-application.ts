import "server-only";
// Steps 5 and 6 of "Bli kunde": product, start date and password make the customer (create-customer.ts),
// and the customer's consumption history is queued for import (P8).
import type { OfferedProduct } from "@/features/contracts";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { enqueueJob } from "@/platform/jobs/job-queue";
import { HISTORY_IMPORT_JOB } from "@/platform/jobs/queued-jobs";
import { logError } from "@/platform/log";
import { osloDate } from "@/platform/time/oslo-calendar";
import { startDateRange } from "../domain/offer";
import { createCustomer, type NewCustomer, Rollback } from "./create-customer";
import type { OnboardingOptions } from "./step-types";

export type CompleteResult =
  | { ok: true; email: string; meteringPointId: string; historyQueued: boolean }
  | {
      ok: false;
      reason: "stale" | "already-customer" | "email-taken" | "metering-point-taken" | "start-date";
    };

export async function completeApplication(
  applicationId: string,
  input: { product: OfferedProduct; startDate: string; password: string },
  options: OnboardingOptions = {},
): Promise<CompleteResult> {
  const now = options.now ?? new Date();
  const { earliest, latest } = startDateRange(now);
  if (input.startDate < earliest || input.startDate > latest || input.startDate <= osloDate(now)) {
    return { ok: false, reason: "start-date" };
  }
  // Hashed before the transaction: argon2 takes a while, and a transaction should not wait for it.
  const passwordHash = await hashPassword(input.password);
  let created: NewCustomer;
  try {
    const account = { product: input.product, startDate: input.startDate, passwordHash };
    const result = await db.$transaction((tx) => createCustomer(tx, applicationId, account, now));
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
  const historyQueued = await queueHistory(created);
  return { ok: true, email: created.email, meteringPointId: created.meteringPointId, historyQueued };
}

/**
 * P8: at least 12 months of history, imported in the background from where the customer's own
 * readings begin (their history before the supply). The customer exists now: a queue that fails is
 * logged, never reported as a lost signup.
 */
async function queueHistory({ meteringPointId, historyFrom }: NewCustomer): Promise<boolean> {
  return enqueueJob(
    HISTORY_IMPORT_JOB,
    { meteringPointId, from: historyFrom },
    { singletonKey: meteringPointId },
  ).catch((error: unknown) => {
    logError("onboarding.history-enqueue", error);
    return false;
  });
}

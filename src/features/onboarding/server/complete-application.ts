import "server-only";
// Steps 5 and 6 of "Bli kunde": product, start date and password make the customer (create-customer.ts),
// and the customer's consumption history is queued for import (P8).
import type { OfferedProduct } from "@/features/contracts";
import { queueContractConfirmation } from "@/features/contracts/server";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { enqueueJob } from "@/platform/jobs/job-queue";
import { HISTORY_IMPORT_JOB } from "@/platform/jobs/queued-jobs";
import { logError } from "@/platform/log";
import { osloDate } from "@/platform/time/oslo-calendar";
import type { SupplyStartChoice } from "../domain/application-form";
import { startDateRange } from "../domain/offer";
import { createCustomer, type NewCustomer, Rollback } from "./create-customer";
import type { OnboardingOptions } from "./step-types";

export type CompleteResult =
  | { ok: true; email: string; meteringPointId: string; contractId: string; historyQueued: boolean }
  | {
      ok: false;
      reason:
        | "stale"
        | "already-customer"
        | "email-taken"
        | "metering-point-taken"
        | "start-date"
        | "start-within-withdrawal-period";
    };

export async function completeApplication(
  applicationId: string,
  input: { product: OfferedProduct; startDate: string; supplyStart: SupplyStartChoice; password: string },
  options: OnboardingOptions = {},
): Promise<CompleteResult> {
  const now = options.now ?? new Date();
  const { earliest, latest, afterWithdrawal } = startDateRange(now);
  if (input.startDate < earliest || input.startDate > latest || input.startDate <= osloDate(now)) {
    return { ok: false, reason: "start-date" };
  }
  // Supply within the withdrawal period only at the customer's express request.
  if (input.supplyStart === "after-withdrawal" && input.startDate < afterWithdrawal) {
    return { ok: false, reason: "start-within-withdrawal-period" };
  }
  // Hashed before the transaction: argon2 takes a while, and a transaction should not wait for it.
  const passwordHash = await hashPassword(input.password);
  let created: NewCustomer;
  try {
    const account = {
      product: input.product,
      startDate: input.startDate,
      startDuringWithdrawalPeriod:
        input.supplyStart === "within-withdrawal" && input.startDate < afterWithdrawal,
      passwordHash,
    };
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
  // The confirmation with the contract as a PDF, by the job queue: a mail that fails never undoes the signup.
  await queueContractConfirmation(created.contractId, "signed");
  return {
    ok: true,
    email: created.email,
    meteringPointId: created.meteringPointId,
    contractId: created.contractId,
    historyQueued,
  };
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

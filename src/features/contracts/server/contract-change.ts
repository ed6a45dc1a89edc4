import "server-only";
// What every change of a contract shares: the customer's own contract locked and checked as changeable,
// the date window, and the successor that starts the day the contract ends. Another customer's contract
// is "not-found", exactly like one that does not exist.
import type { Prisma } from "@/generated/prisma/client";
import { addDays } from "@/platform/time/oslo-calendar";
import { CONTRACT_CHANGE_MAX_DAYS_AHEAD } from "../domain/contract";

export type ContractChangeResult =
  | { ok: true; date: string }
  | {
      ok: false;
      reason: "not-found" | "not-current" | "same-product" | "date-out-of-range" | "change-scheduled";
    };

/** Whether a date is from tomorrow to CONTRACT_CHANGE_MAX_DAYS_AHEAD days ahead. */
export function inChangeWindow(date: string, today: string): boolean {
  return date > today && date <= addDays(today, CONTRACT_CHANGE_MAX_DAYS_AHEAD);
}

export type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "contract">;
export type ChangeFailure = Extract<ContractChangeResult, { ok: false }>;

/**
 * The customer's own contract, locked for the change (inside a transaction), when it is current and has
 * no change scheduled; otherwise the reason. Another customer's contract is "not-found", like one that
 * does not exist.
 */
export async function changeableContract(tx: Tx, customerId: string, id: string, today: string) {
  await tx.$queryRaw`SELECT 1 FROM "Contract" WHERE id = ${id}::uuid AND "customerId" = ${customerId}::uuid FOR UPDATE`;
  const contract = await tx.contract.findFirst({
    where: { id, customerId },
    select: {
      id: true,
      product: true,
      status: true,
      startDate: true,
      endDate: true,
      meteringPointId: true,
      markupOrePerKwh: true,
      monthlyFeeOre: true,
      fixedPriceOrePerKwh: true,
      fixedUntil: true,
      termsVersion: true,
      concludedAt: true,
    },
  });
  if (!contract) return { ok: false, reason: "not-found" } satisfies ChangeFailure;
  const end = contract.endDate?.toISOString().slice(0, 10) ?? null;
  if (contract.status === "TERMINATED" || (end !== null && end <= today)) {
    return { ok: false, reason: "not-current" } satisfies ChangeFailure;
  }
  if (end !== null) return { ok: false, reason: "change-scheduled" } satisfies ChangeFailure;
  return { ok: true, contract, startDate: contract.startDate.toISOString().slice(0, 10) } as const;
}

/**
 * A contract change: the contract ends at `from` (exclusive) and its successor starts that day on the
 * terms and metering point given: pending until then (the daily status job activates it), active if
 * that day has come, when the old one is terminated in the same write. The history pairs them by that date (see `endedBy`).
 */
export async function startSuccessor(
  tx: Pick<Prisma.TransactionClient, "contract">,
  contractId: string,
  from: string,
  today: string,
  successor: Omit<Prisma.ContractUncheckedCreateInput, "status" | "startDate" | "endDate">,
): Promise<{ id: string }> {
  await tx.contract.update({
    where: { id: contractId },
    // A change dated today or earlier (a move back in time) ends the contract now, not at the daily job.
    data: { endDate: new Date(from), ...(from <= today ? { status: "TERMINATED" } : {}) },
    select: { id: true },
  });
  return tx.contract.create({
    data: { ...successor, status: from > today ? "PENDING" : "ACTIVE", startDate: new Date(from) },
    select: { id: true },
  });
}

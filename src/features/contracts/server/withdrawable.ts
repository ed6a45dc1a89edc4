import "server-only";
// What withdrawing (angrerett) and its quote share: the customer's own contract, checked as one they may
// still withdraw from today. A product change or a move is a change of an existing contract, not a new
// one concluded at a distance, so it is not withdrawn here (customer service handles it). Another
// customer's contract is "not-found", like one that does not exist.
import type { Prisma } from "@/generated/prisma/client";
import { withdrawalOutcome, withdrawalPeriod, withinWithdrawalPeriod } from "../domain/withdrawal";

export type WithdrawalRefusal =
  | "not-found"
  | "already-withdrawn"
  | "not-current"
  | "period-ended"
  | "not-withdrawable"
  | "change-scheduled";

type Tx = Pick<Prisma.TransactionClient, "contract">;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The contract and what withdrawing it today would do, or why it cannot be withdrawn. */
export async function withdrawableContract(tx: Tx, customerId: string, id: string, today: string) {
  const contract = await tx.contract.findFirst({
    where: { id, customerId },
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      meteringPointId: true,
      concludedAt: true,
      withdrawnAt: true,
      startDuringWithdrawalPeriod: true,
    },
  });
  if (!contract) return refused("not-found");
  if (contract.withdrawnAt) return refused("already-withdrawn");
  const startDate = iso(contract.startDate);
  const endDate = contract.endDate ? iso(contract.endDate) : null;
  if (contract.status === "TERMINATED" || (endDate !== null && endDate <= today))
    return refused("not-current");
  const [predecessor, successor] = await Promise.all([
    tx.contract.findFirst({
      where: { customerId, endDate: contract.startDate, id: { not: id } },
      select: { id: true },
    }),
    contract.endDate
      ? tx.contract.findFirst({
          where: { customerId, startDate: contract.endDate, id: { not: id } },
          select: { id: true },
        })
      : null,
  ]);
  if (predecessor) return refused("not-withdrawable");
  const period = withdrawalPeriod(contract.concludedAt);
  if (!withinWithdrawalPeriod(period, today)) return refused("period-ended");
  if (successor) return refused("change-scheduled");
  const outcome = withdrawalOutcome(
    { startDate, startDuringWithdrawalPeriod: contract.startDuringWithdrawalPeriod },
    today,
  );
  return { ok: true, contract, startDate, period, outcome } as const;
}

function refused(reason: WithdrawalRefusal) {
  return { ok: false, reason } as const;
}

import "server-only";
// Angrerett: the customer withdraws from a contract within the withdrawal period. Supply that has not
// started never starts; supply that has started ends today. The customer pays only for the days supplied
// before today, and only if they asked for supply to start within the period (the cost function prices
// those days). Supply periods follow the contract: none runs past today any more.
import { writeAudit } from "@/features/audit/server";
import { costOfSupplyDays } from "@/features/consumption/server";
import type { CostSummary } from "@/features/pricing";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { osloDate } from "@/platform/time/oslo-calendar";
import { queueContractConfirmation } from "./contract-confirmation";
import { type WithdrawalRefusal, withdrawableContract } from "./withdrawable";

export type WithdrawalResult =
  | {
      ok: true;
      contractId: string;
      startDate: string;
      /** The contract's end (exclusive): its start date if supply never started, else today. */
      endDate: string;
      daysSupplied: number;
      paysForDaysSupplied: boolean;
      /** What the days supplied cost, when the customer pays for them. */
      cost: CostSummary | null;
    }
  | { ok: false; reason: WithdrawalRefusal };

export async function withdrawContract(
  actor: { userId: string; customerId: string },
  input: { contractId: string },
  now = new Date(),
): Promise<WithdrawalResult> {
  const today = osloDate(now);
  const done = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Contract" WHERE id = ${input.contractId}::uuid AND "customerId" = ${actor.customerId}::uuid FOR UPDATE`;
    const found = await withdrawableContract(tx, actor.customerId, input.contractId, today);
    if (!found.ok) return found;
    const { contract, outcome } = found;
    await tx.contract.update({
      where: { id: contract.id },
      data: { endDate: new Date(outcome.endDate), status: "TERMINATED", withdrawnAt: now },
      select: { id: true },
    });
    await endSupply(tx, actor.customerId, contract.meteringPointId, today);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "CUSTOMER",
      action: "contract.withdraw",
      subjectCustomerId: actor.customerId,
      targetType: "Contract",
      targetId: contract.id,
      metadata: {
        endDate: outcome.endDate,
        daysSupplied: outcome.daysSupplied,
        paysForDaysSupplied: outcome.paysForDaysSupplied,
      },
    });
    return { ok: true, contract, startDate: found.startDate, outcome } as const;
  });
  if (!done.ok) return done;
  const { contract, startDate, outcome } = done;
  await queueContractConfirmation(contract.id, "withdrawal");
  const cost = outcome.paysForDaysSupplied
    ? await costOfSupplyDays({
        customerId: actor.customerId,
        meteringPointId: contract.meteringPointId,
        from: startDate,
        to: outcome.endDate,
      })
    : null;
  return { ok: true, contractId: contract.id, startDate, ...outcome, cost };
}

/**
 * The customer's supply on the point ends today: a period that began before today ends today, and one
 * that would only begin today or later (supply that never started) is removed.
 */
async function endSupply(
  tx: Pick<Prisma.TransactionClient, "supplyPeriod">,
  customerId: string,
  meteringPointId: string,
  today: string,
): Promise<void> {
  const day = new Date(today);
  await tx.supplyPeriod.deleteMany({ where: { customerId, meteringPointId, fromDate: { gte: day } } });
  await tx.supplyPeriod.updateMany({
    where: { customerId, meteringPointId, OR: [{ toDate: null }, { toDate: { gt: day } }] },
    data: { toDate: day },
  });
}

import "server-only";
// What withdrawing today would do, for the contract page's "Angre avtalen" before the customer confirms:
// the same checks and the same cost as withdrawing, with nothing written.
import { costOfSupplyDays } from "@/features/consumption/server";
import type { CostSummary } from "@/features/pricing";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDate } from "@/platform/time/oslo-calendar";
import type { WithdrawalOutcome, WithdrawalPeriod } from "../domain/withdrawal";
import { type WithdrawalRefusal, withdrawableContract } from "./withdrawable";

export type WithdrawalQuote =
  | { ok: true; period: WithdrawalPeriod; outcome: WithdrawalOutcome; cost: CostSummary | null }
  | { ok: false; reason: WithdrawalRefusal };

export async function withdrawalQuote(
  customerId: string,
  contractId: string,
  now = new Date(),
): Promise<WithdrawalQuote> {
  if (!isUuid(customerId) || !isUuid(contractId)) return { ok: false, reason: "not-found" };
  const today = osloDate(now);
  const found = await withdrawableContract(db, customerId, contractId, today);
  if (!found.ok) return found;
  const { contract, startDate, period, outcome } = found;
  const cost = outcome.paysForDaysSupplied
    ? await costOfSupplyDays({
        customerId,
        meteringPointId: contract.meteringPointId,
        from: startDate,
        to: today,
      })
    : null;
  return { ok: true, period, outcome, cost };
}

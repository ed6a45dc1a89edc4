import "server-only";
// What the customer's own supply on one metering point cost over [from, to) Oslo dates, by the one cost
// function: for a contract withdrawn after supply started early (the days supplied until withdrawal).
import type { CostSummary, DatePeriod } from "@/features/pricing";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { costOfPeriod } from "./cost-of-period";
import { pricingInputs } from "./pricing-inputs";

/**
 * Priced as if supply ended at `to`: a quote before a withdrawal equals the cost once supply has ended
 * there (the month's lines are rounded over the days supplied, not allocated from a month that goes on).
 * Null when the customer has never been supplied on the point, or the period is empty.
 */
export async function costOfSupplyDays(
  input: { customerId: string; meteringPointId: string; from: string; to: string },
  sql: Pick<Prisma.TransactionClient, "$queryRaw" | "supplyPeriod"> = db,
): Promise<CostSummary | null> {
  if (input.to <= input.from) return null;
  const inputs = await pricingInputs(sql, input.customerId, input.meteringPointId);
  if (!inputs) return null;
  const endBy = <P extends DatePeriod>(p: P): P =>
    p.to === null || p.to > input.to ? { ...p, to: input.to } : p;
  const ended = {
    ...inputs,
    supply: inputs.supply.filter((p) => p.from < input.to).map(endBy),
    contracts: inputs.contracts.filter((c) => c.from < input.to).map(endBy),
  };
  return costOfPeriod(sql, input.customerId, ended, input.from, input.to);
}

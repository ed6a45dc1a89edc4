import "server-only";
import { type CostSummary, costByMonth, costSpan } from "@/features/pricing";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { noCost, suppliedSpan } from "./history-cost";
import { hourlyUsage } from "./hourly-usage";
import type { Sql } from "./own-usage-sql";
import { type PricingInputs, supplyContracts } from "./pricing-inputs";

/**
 * Priced [from, to) Oslo dates of the customer's own supply on the point, month by month: the days
 * before their supply began (their history) are not ours to price and are left out. With `today`, a
 * period in progress counts its days up to and including today (the monthly fee accrues per day).
 */
export async function costOfPeriod(
  sql: Sql,
  customerId: string,
  inputs: PricingInputs,
  requestedFrom: string,
  to: string,
  today?: string,
): Promise<CostSummary> {
  const supplied = suppliedSpan(inputs, requestedFrom, to);
  if (!supplied) return noCost(inputs, requestedFrom);
  const { from } = supplied;
  // The whole months the period touches: their hours count toward the caps and each day's share.
  const { months } = costSpan({ from, to, today });
  const hours = await hourlyUsage(sql, {
    customerId,
    meteringPointId: inputs.meteringPoint.id,
    from: osloMidnight(months.from),
    to: osloMidnight(months.to),
  });
  return costByMonth(hours, {
    contracts: supplyContracts(inputs),
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    norgespris: inputs.norgespris,
    from,
    to,
    today,
  });
}

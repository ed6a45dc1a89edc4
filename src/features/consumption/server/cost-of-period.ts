import "server-only";
import { type CostSummary, costByMonth } from "@/features/pricing";
import { monthStart, osloMidnight } from "@/platform/time/oslo-calendar";
import { noCost, suppliedSpan } from "./history-cost";
import { hourlyUsage } from "./hourly-usage";
import type { Sql } from "./own-usage-sql";
import { type PricingInputs, supplyContracts } from "./pricing-inputs";

/**
 * Priced [from, to) Oslo dates of the customer's own supply on the point, month by month: the days
 * before their supply began (their history) are not ours to price and are left out.
 */
export async function costOfPeriod(
  sql: Sql,
  customerId: string,
  inputs: PricingInputs,
  requestedFrom: string,
  to: string,
): Promise<CostSummary> {
  const supplied = suppliedSpan(inputs, requestedFrom, to);
  if (!supplied) return noCost(inputs, requestedFrom);
  const { from } = supplied;
  // Hours from the first month's start count toward the monthly caps, even before `from`.
  const hours = await hourlyUsage(sql, {
    customerId,
    meteringPointId: inputs.meteringPoint.id,
    from: osloMidnight(monthStart(from)),
    to: osloMidnight(to),
  });
  return costByMonth(hours, {
    contracts: supplyContracts(inputs),
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    norgespris: inputs.norgespris,
    from,
    to,
  });
}

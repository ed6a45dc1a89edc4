import "server-only";
// The customer's consumption before we began supplying them (the history Elhub gave us at sign-up) is
// theirs to see but was never our supply: no cost of ours covers it. Costs are therefore worked out over
// supplied days only (suppliedSpan); where a page shows what those earlier months would have cost, it
// prices them hypothetically with the contract the customer has with us now, and says so.
import { type ContractTerms, type CostSummary, costByMonth, intersect } from "@/features/pricing";
import { monthStart, osloMidnight } from "@/platform/time/oslo-calendar";
import { hourlyUsage } from "./hourly-usage";
import type { Sql } from "./own-usage-sql";
import type { PricingInputs } from "./pricing-inputs";

/** The first day we supplied the customer on the point, or null when we never have. */
export function firstSupplyDay(inputs: PricingInputs): string | null {
  return inputs.supply[0]?.from ?? null;
}

/** [from, to) cut to start no earlier than the supply: null when none of it was supplied. */
export function suppliedSpan(
  inputs: PricingInputs,
  from: string,
  to: string,
): { from: string; to: string } | null {
  const first = firstSupplyDay(inputs);
  if (first === null) return null;
  const start = from > first ? from : first;
  return start < to ? { from: start, to } : null;
}

/** A cost of nothing, as the cost function words it (no months, every line zero). */
export function noCost(inputs: PricingInputs, at: string): CostSummary {
  return costByMonth([], {
    contracts: [],
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    norgespris: [],
    from: at,
    to: at,
  });
}

/** The contract the customer has with us now (the one starting last): what "hos oss" prices with. */
export function currentTerms(inputs: PricingInputs): ContractTerms | null {
  return inputs.contracts.reduce<ContractTerms | null>(
    (latest, c) => (latest === null || c.from >= latest.from ? c : latest),
    null,
  );
}

/** The current contract's price terms laid over the days of history before the supply: hypothetical. */
export function historyContracts(inputs: PricingInputs): ContractTerms[] {
  const terms = currentTerms(inputs);
  if (!terms) return [];
  return inputs.history.map((h) => ({ ...terms, from: h.from, to: h.to }));
}

/** The days of [from, to) that are history before the supply, as one span, or null when there are none. */
export function historySpan(
  inputs: PricingInputs,
  from: string,
  to: string,
): { from: string; to: string } | null {
  const parts = inputs.history
    .map((h) => intersect(h, { from, to }))
    .filter((p): p is { from: string; to: string } => p !== null && p.to !== null);
  const first = parts[0];
  const last = parts.at(-1);
  return first && last ? { from: first.from, to: last.to } : null;
}

/**
 * What the history days in [from, to) would have cost with the customer's current contract with us:
 * kWh, the lines and the months as the cost function gives them; null when the view holds no history.
 */
export async function historyCost(
  sql: Sql,
  customerId: string,
  inputs: PricingInputs,
  from: string,
  to: string,
): Promise<CostSummary | null> {
  const span = historySpan(inputs, from, to);
  if (!span) return null;
  const hours = await hourlyUsage(sql, {
    customerId,
    meteringPointId: inputs.meteringPoint.id,
    from: osloMidnight(monthStart(span.from)),
    to: osloMidnight(span.to),
  });
  return costByMonth(hours, {
    contracts: historyContracts(inputs),
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    norgespris: inputs.norgespris,
    from: span.from,
    to: span.to,
  });
}

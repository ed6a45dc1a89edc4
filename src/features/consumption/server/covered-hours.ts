import "server-only";
// How much of a span the customer's readings cover, for the billing run's question "is the month
// complete?": hours with readings (a quarter counts a quarter), as Forbruk counts them (usage-buckets.ts),
// and the hours there should be, their supply periods' hours in the span (an Oslo day is 23–25 hours).
import { intersect } from "@/features/pricing";
import { HOUR_MS } from "@/platform/time/durations";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { ownHours, type Sql, type UsageScope } from "./own-usage-sql";
import type { PricingInputs } from "./pricing-inputs";

/** Hours with readings in the scope, within the customer's supply periods and history. */
export async function coveredHours(sql: Sql, scope: UsageScope): Promise<number> {
  const [row] = await sql.$queryRaw<{ quarters: bigint | null }[]>`
    WITH h AS (${ownHours(scope)}) SELECT sum(quarters)::bigint AS quarters FROM h`;
  return Number(row?.quarters ?? 0n) / 4;
}

/** The hours of the customer's supply in [from, to) Oslo dates: the readings there should be. */
export function expectedSupplyHours(inputs: Pick<PricingInputs, "supply">, from: string, to: string): number {
  return inputs.supply.reduce((sum, period) => {
    const overlap = intersect(period, { from, to });
    if (!overlap) return sum;
    const end = overlap.to ?? to;
    return sum + (osloMidnight(end).getTime() - osloMidnight(overlap.from).getTime()) / HOUR_MS;
  }, 0);
}

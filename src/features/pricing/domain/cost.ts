// The one cost function: what a period of consumption costs, month by month, for the Forbruk page, the
// overview, the Norgespris comparison and the seed's invoices alike.
//
// Pairing (intervals.ts): each interval's consumption meets the same interval's spot price; an hourly
// reading meets the mean of its hour's four quarter prices. State schemes (schemes.ts): strømstøtte per
// hour, Norgespris per interval, each up to its monthly cap; estimates, as the grid company settles them.
//
// Rounding, stated once: every line of a month is summed exactly (BigInt, 10⁻¹⁰ øre) and rounded once to
// whole øre, halves away from zero (decimal.ts roundToWhole); VAT is the VAT rate × the exact net of the
// lines it is on (Klarkraft's: energy, markup, fee; the grid company's: strømstøtte or Norgespris), rounded
// the same way; a month's total is the sum of its rounded lines, a period's the sum of its months
// (month-lines.ts). Shares of a value (the part of an hour under a cap, a fee's days) are truncated at
// 10⁻¹⁰ øre first.
import { addDays, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import type { CostContext } from "./cost-context";
import { mul, parseScaled } from "./decimal";
import type { HourUsage } from "./intervals";
import {
  addMonthlyFees,
  type CostSummary,
  emptyMonth,
  type MonthCost,
  type MonthSums,
  monthCost,
  periodCost,
} from "./month-lines";
import { RATES, type RateTables } from "./rates";
import { type DayTerms, dayTerms, hourScheme } from "./schemes";
import { isVatExempt, vatBasisPointsOn } from "./vat";

/** Month by month cost of the hours in [context.from, context.to), by the rules above. */
export function costByMonth(hours: readonly HourUsage[], context: CostContext): CostSummary {
  const rates = context.rates ?? RATES;
  const vatExempt = isVatExempt(context.municipalityNumber);
  const months = new Map<string, MonthSums>();
  const month = (key: string): MonthSums => {
    let found = months.get(key);
    if (!found) {
      found = emptyMonth();
      months.set(key, found);
    }
    return found;
  };
  const firstMonth = monthStart(context.from);
  addHours(hours, context, rates, month);
  addMonthlyFees(context.contracts, context.from, context.to, month);

  const result: MonthCost[] = [...months.entries()]
    .filter(([key]) => `${key}-01` >= firstMonth)
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([key, m]) => m.kwh > 0n || m.fee > 0n || `${key}-31` >= context.from)
    .map(([key, m]) =>
      monthCost(key, m, {
        exempt: vatExempt,
        basisPoints: vatExempt ? 0 : vatBasisPointsOn(`${key}-01`, rates),
      }),
    )
    .filter((m) => m.month >= context.from.slice(0, 7));
  return periodCost(result, vatExempt);
}

/** Adds each hour before context.to, from the first month's start, to its Oslo month's sums. */
function addHours(
  hours: readonly HourUsage[],
  context: CostContext,
  rates: RateTables,
  month: (key: string) => MonthSums,
): void {
  const firstMonth = monthStart(context.from);
  const reportFrom = osloMidnight(context.from).getTime();
  const reportTo = osloMidnight(context.to).getTime();
  const sorted = [...hours].sort((a, b) => a.start.getTime() - b.start.getTime());

  // Everything that depends only on the Oslo date (contract, scheme, rates) is worked out once a day.
  const days = new Map<string, DayTerms>();
  const termsOn = (date: string): DayTerms => {
    let terms = days.get(date);
    if (!terms) {
      terms = dayTerms(context, rates, date);
      days.set(date, terms);
    }
    return terms;
  };

  // The hours come in order: work out each Oslo date once, not once per hour.
  let date = "";
  let dateEnds = Number.NEGATIVE_INFINITY;
  for (const hour of sorted) {
    const t = hour.start.getTime();
    if (t >= reportTo) break;
    if (t >= dateEnds) {
      date = osloDate(hour.start);
      dateEnds = osloMidnight(addDays(date, 1)).getTime();
    }
    if (date < firstMonth) continue;
    const sums = month(date.slice(0, 7));
    const reported = t >= reportFrom;
    const kwh = parseScaled(hour.kwh);
    const spotCost = hour.spotCostOre === null ? null : parseScaled(hour.spotCostOre);
    const day = termsOn(date);

    // State schemes first: the caps count every hour of the month, reported or not.
    const scheme = hourScheme(day, { kwh, spotCost, spotMeanOrePerKwh: hour.spotMeanOrePerKwh }, sums);
    if (!reported) continue;
    if (scheme.scheme) sums.schemes.add(scheme.scheme);

    sums.kwh += kwh;
    const contract = day.contract;
    const energy = contract && (contract.fixedPrice !== null ? mul(kwh, contract.fixedPrice) : spotCost);
    if (!contract || energy === null || scheme.unpriced) {
      sums.unpriced += kwh;
      continue;
    }
    sums.energy += energy;
    sums.markup += mul(kwh, contract.markup);
    sums.norgespris += scheme.norgespris;
    sums.stromstotte += scheme.stotte;
  }
}

// The one cost function: what a period of consumption costs, month by month, for the Forbruk page, the
// overview, the Norgespris comparison and the seed's invoices alike.
//
// Pairing (intervals.ts): each interval's consumption meets the same interval's spot price; an hourly
// reading meets the mean of its hour's four quarter prices. State schemes (schemes.ts): strømstøtte per
// hour, Norgespris per interval, each up to its monthly cap; estimates, as the grid company settles them.
//
// The monthly fee accrues per day (its month's fee / the month's days). A period in progress counts its
// days up to and including today: today's supply has begun, so today's share of the fee is owed, and
// days not yet come are not (context.today; costSpan).
//
// Rounding, stated once: every line of a month is summed exactly (BigInt, 10⁻¹⁰ øre) and rounded once to
// whole øre, halves away from zero (decimal.ts roundToWhole); VAT is the VAT rate × the exact net of the
// lines it is on (Klarkraft's: energy, markup, fee; the grid company's: strømstøtte and Norgespris),
// rounded the same way; a month's total is the sum of its rounded lines, a period's the sum of its months
// (month-lines.ts). A day, or any part of a month, shows its share of each rounded month line by largest
// remainder of the days' exact amounts (allocation.ts): the days of a month add up to the month to the
// øre. Shares of a value (the part of an hour under a cap, a fee's days) are truncated at 10⁻¹⁰ øre first.
import { addDays, addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import type { CostContext } from "./cost-context";
import { mul, parseScaled } from "./decimal";
import type { HourUsage } from "./intervals";
import {
  addMonthlyFees,
  type CostSummary,
  type DaySums,
  emptyDay,
  monthCost,
  periodCost,
} from "./month-lines";
import { earlierEnd, laterDate } from "./periods";
import { RATES, type RateTables } from "./rates";
import { type DayTerms, dayTerms, hourScheme, type SchemeCaps } from "./schemes";
import { isVatExempt, vatBasisPointsOn } from "./vat";

/**
 * The Oslo dates the cost function reads and reports: `months` are the whole months the period touches
 * (their hours are needed for the caps and for each day's share), `reported` the period's own days; both
 * end after today when `today` is given.
 */
export function costSpan(context: Pick<CostContext, "from" | "to" | "today">): {
  months: { from: string; to: string };
  reported: { from: string; to: string };
} {
  const until = context.today === undefined ? null : addDays(context.today, 1);
  const lastMonthEnd = addMonths(monthStart(addDays(context.to, -1)), 1);
  const monthsTo = earlierEnd(lastMonthEnd, until) ?? lastMonthEnd;
  const reportedTo = earlierEnd(context.to, until) ?? context.to;
  return {
    months: { from: monthStart(context.from), to: monthsTo },
    reported: { from: context.from, to: laterDate(reportedTo, context.from) },
  };
}

/** Month by month cost of the hours in [context.from, context.to), by the rules above. */
export function costByMonth(hours: readonly HourUsage[], context: CostContext): CostSummary {
  const rates = context.rates ?? RATES;
  const vatExempt = isVatExempt(context.municipalityNumber);
  const span = costSpan(context);
  const days = new Map<string, DaySums>();
  const day = (date: string): DaySums => {
    let found = days.get(date);
    if (!found) {
      found = emptyDay();
      days.set(date, found);
    }
    return found;
  };
  addHours(hours, context, span.months, rates, day);
  addMonthlyFees(context.contracts, span.months.from, span.months.to, day);

  const byMonth = new Map<string, { date: string; sums: DaySums; reported: boolean }[]>();
  for (const [date, sums] of [...days.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const key = date.slice(0, 7);
    const reported = span.reported.from <= date && date < span.reported.to;
    byMonth.set(key, [...(byMonth.get(key) ?? []), { date, sums, reported }]);
  }
  const months = [...byMonth.entries()]
    .filter(([, list]) => list.some((d) => d.reported))
    .map(([key, list]) =>
      monthCost(key, list, {
        exempt: vatExempt,
        basisPoints: vatExempt ? 0 : vatBasisPointsOn(`${key}-01`, rates),
      }),
    );
  return periodCost(months, vatExempt);
}

/** Adds each hour of the whole months to its Oslo date's sums. */
function addHours(
  hours: readonly HourUsage[],
  context: CostContext,
  months: { from: string; to: string },
  rates: RateTables,
  day: (date: string) => DaySums,
): void {
  const end = osloMidnight(months.to).getTime();
  const sorted = [...hours].sort((a, b) => a.start.getTime() - b.start.getTime());
  const caps = new Map<string, SchemeCaps>();

  // Everything that depends only on the Oslo date (contract, scheme, rates) is worked out once a day.
  const terms = new Map<string, DayTerms>();
  const termsOn = (date: string): DayTerms => {
    let found = terms.get(date);
    if (!found) {
      found = dayTerms(context, rates, date);
      terms.set(date, found);
    }
    return found;
  };

  // The hours come in order: work out each Oslo date once, not once per hour.
  let date = "";
  let dateEnds = Number.NEGATIVE_INFINITY;
  for (const hour of sorted) {
    const t = hour.start.getTime();
    if (t >= end) break;
    if (t >= dateEnds) {
      date = osloDate(hour.start);
      dateEnds = osloMidnight(addDays(date, 1)).getTime();
    }
    if (date < months.from) continue;
    const sums = day(date);
    const kwh = parseScaled(hour.kwh);
    const spotCost = hour.spotCostOre === null ? null : parseScaled(hour.spotCostOre);
    const dayTermsNow = termsOn(date);
    const monthKey = date.slice(0, 7);
    let monthCaps = caps.get(monthKey);
    if (!monthCaps) {
      monthCaps = { stotteCapUsed: 0n, norgesprisCapUsed: 0n };
      caps.set(monthKey, monthCaps);
    }

    // State schemes first: the caps count every hour of the month, in order.
    const scheme = hourScheme(
      dayTermsNow,
      { kwh, spotCost, spotMeanOrePerKwh: hour.spotMeanOrePerKwh },
      monthCaps,
    );
    if (scheme.scheme) sums.schemes.add(scheme.scheme);

    sums.kwh += kwh;
    const contract = dayTermsNow.contract;
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

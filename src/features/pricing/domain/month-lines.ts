// A month's lines from its exact sums: each line rounded once to whole øre (halves away from zero), VAT
// the VAT rate × the exact net of the lines it is on (vat.ts), a month's total the sum of its rounded
// lines and a period's the sum of its months. A part of a month (a day, the days so far) shows its
// share of each rounded month line, allocated by largest remainder (allocation.ts), so its days add up
// to the month exactly.

import { addDays, daysInMonth } from "@/platform/time/oslo-calendar";
import { allocateByLargestRemainder } from "./allocation";
import type { ContractTerms, StateScheme } from "./cost-context";
import { formatScaled, ONE, parseScaled, ratio, roundToWhole } from "./decimal";
import { inDatePeriod } from "./periods";
import { vatOn } from "./vat";

/** The lines that are rounded on their own; the totals are sums of them. */
export const ROUNDED_LINES = [
  "energyOre",
  "markupOre",
  "monthlyFeeOre",
  "retailVatOre",
  "stromstotteOre",
  "norgesprisOre",
  "schemeVatOre",
] as const;
export type RoundedLine = (typeof ROUNDED_LINES)[number];

export interface CostLines {
  /** Spot × kWh per interval, or the fixed price × kWh. */
  energyOre: number;
  markupOre: number;
  monthlyFeeOre: number;
  /** Negative: what the state pays (estimate, settled by the grid company). */
  stromstotteOre: number;
  /** Norgespris settlement against the spot price (estimate, settled by the grid company); ± */
  norgesprisOre: number;
  /** VAT on energy, markup and fee: on Klarkraft's invoice. */
  retailVatOre: number;
  /** VAT on strømstøtte and Norgespris: settled by the grid company with them. */
  schemeVatOre: number;
  /** Energy + markup + fee + their VAT: what Klarkraft invoices. */
  retailTotalOre: number;
  /** Everything: the retail total plus strømstøtte, Norgespris and their VAT. */
  totalOre: number;
}

export interface MonthCost extends CostLines {
  /** "2025-10" */
  month: string;
  kwh: string;
  /** kWh that could not be priced (no spot price for its interval). */
  unpricedKwh: string;
  vatExempt: boolean;
  vatBasisPoints: number;
  schemes: StateScheme[];
}

export interface CostSummary extends CostLines {
  months: MonthCost[];
  kwh: string;
  unpricedKwh: string;
  vatExempt: boolean;
}

/** A day's exact sums (10⁻¹⁰ øre and kWh) while its hours are added up. */
export interface DaySums {
  kwh: bigint;
  unpriced: bigint;
  energy: bigint;
  markup: bigint;
  fee: bigint;
  stromstotte: bigint;
  norgespris: bigint;
  schemes: Set<StateScheme>;
}

export function emptyDay(): DaySums {
  return {
    kwh: 0n,
    unpriced: 0n,
    energy: 0n,
    markup: 0n,
    fee: 0n,
    stromstotte: 0n,
    norgespris: 0n,
    schemes: new Set(),
  };
}

/** The monthly fee, pro rata by the days of each month in [from, to) priced under each contract. */
export function addMonthlyFees(
  contracts: readonly ContractTerms[],
  from: string,
  to: string,
  day: (date: string) => DaySums,
): void {
  for (let date = from; date < to; date = addDays(date, 1)) {
    const contract = contracts.find((c) => inDatePeriod(c, date));
    if (!contract) continue;
    const [y, m] = date.split("-").map(Number) as [number, number];
    day(date).fee += ratio(BigInt(contract.monthlyFeeOre) * ONE, 1n, BigInt(daysInMonth(y, m)));
  }
}

/** Each rounded line's exact amount in some sums (10⁻¹⁰ øre): VAT on the exact net of its lines. */
function exactLines(s: DaySums, vatBasisPoints: number): Record<RoundedLine, bigint> {
  return {
    energyOre: s.energy,
    markupOre: s.markup,
    monthlyFeeOre: s.fee,
    retailVatOre: vatOn(s.energy + s.markup + s.fee, vatBasisPoints),
    stromstotteOre: s.stromstotte,
    norgesprisOre: s.norgespris,
    schemeVatOre: vatOn(s.stromstotte + s.norgespris, vatBasisPoints),
  };
}

/** The totals of rounded lines: Klarkraft's part, then everything. */
export function withTotals(lines: Record<RoundedLine, number>): CostLines {
  const retailTotalOre = lines.energyOre + lines.markupOre + lines.monthlyFeeOre + lines.retailVatOre;
  return {
    ...lines,
    retailTotalOre,
    totalOre: retailTotalOre + lines.stromstotteOre + lines.norgesprisOre + lines.schemeVatOre,
  };
}

/**
 * A month's cost, or the part of it on the reported days: the month's lines are rounded from the exact
 * sums of all its days; the reported days' part of each is the sum of their largest-remainder shares.
 */
export function monthCost(
  month: string,
  days: readonly { date: string; sums: DaySums; reported: boolean }[],
  vat: { exempt: boolean; basisPoints: number },
): MonthCost {
  const whole = emptyDay();
  const reported = emptyDay();
  for (const { sums, reported: counts } of days) {
    addSums(whole, sums);
    if (counts) addSums(reported, sums);
  }
  const exact = exactLines(whole, vat.basisPoints);
  const rounded = Object.fromEntries(ROUNDED_LINES.map((k) => [k, roundToWhole(exact[k])])) as Record<
    RoundedLine,
    number
  >;
  if (!days.every((d) => d.reported)) {
    const dayExact = days.map((d) => exactLines(d.sums, vat.basisPoints));
    for (const key of ROUNDED_LINES) {
      const parts = allocateByLargestRemainder(
        rounded[key],
        dayExact.map((d) => d[key]),
      );
      rounded[key] = parts.reduce((sum, part, i) => sum + (days[i]?.reported ? part : 0), 0);
    }
  }
  return {
    month,
    kwh: formatScaled(reported.kwh, 4),
    unpricedKwh: formatScaled(reported.unpriced, 4),
    vatExempt: vat.exempt,
    vatBasisPoints: vat.basisPoints,
    schemes: [...reported.schemes],
    ...withTotals(rounded),
  };
}

function addSums(into: DaySums, from: DaySums): void {
  into.kwh += from.kwh;
  into.unpriced += from.unpriced;
  into.energy += from.energy;
  into.markup += from.markup;
  into.fee += from.fee;
  into.stromstotte += from.stromstotte;
  into.norgespris += from.norgespris;
  for (const scheme of from.schemes) into.schemes.add(scheme);
}

/** A period's lines: the sums of its months' rounded lines. */
export function periodCost(months: MonthCost[], vatExempt: boolean): CostSummary {
  const total = (key: keyof CostLines) => months.reduce((sum, m) => sum + m[key], 0);
  const kwh = (key: "kwh" | "unpricedKwh") =>
    formatScaled(
      months.reduce((sum, m) => sum + parseScaled(m[key]), 0n),
      4,
    );
  return {
    months,
    kwh: kwh("kwh"),
    unpricedKwh: kwh("unpricedKwh"),
    vatExempt,
    energyOre: total("energyOre"),
    markupOre: total("markupOre"),
    monthlyFeeOre: total("monthlyFeeOre"),
    stromstotteOre: total("stromstotteOre"),
    norgesprisOre: total("norgesprisOre"),
    retailVatOre: total("retailVatOre"),
    schemeVatOre: total("schemeVatOre"),
    retailTotalOre: total("retailTotalOre"),
    totalOre: total("totalOre"),
  };
}

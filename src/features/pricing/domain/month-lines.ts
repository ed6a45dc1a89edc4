// A month's lines from its exact sums: each line rounded once to whole øre (halves away from zero), VAT
// the VAT rate × the exact net of the lines it is on (vat.ts), a month's total the sum of its rounded
// lines and a period's the sum of its months.

import { addDays, daysInMonth } from "@/platform/time/oslo-calendar";
import type { ContractTerms, StateScheme } from "./cost-context";
import { formatScaled, ONE, parseScaled, ratio, roundToWhole } from "./decimal";
import { inDatePeriod } from "./periods";
import { vatOn } from "./vat";

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
  /** VAT on strømstøtte or Norgespris: settled by the grid company with them. */
  schemeVatOre: number;
  /** Energy + markup + fee + their VAT: what Klarkraft invoices. */
  retailTotalOre: number;
  /** Everything: the retail total plus the state schemes and their VAT. */
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

/** A month's exact sums (10⁻¹⁰ øre and kWh) while its hours are added up. */
export interface MonthSums {
  kwh: bigint;
  unpriced: bigint;
  energy: bigint;
  markup: bigint;
  fee: bigint;
  stromstotte: bigint;
  norgespris: bigint;
  stotteCapUsed: bigint;
  norgesprisCapUsed: bigint;
  schemes: Set<StateScheme>;
}

export function emptyMonth(): MonthSums {
  return {
    kwh: 0n,
    unpriced: 0n,
    energy: 0n,
    markup: 0n,
    fee: 0n,
    stromstotte: 0n,
    norgespris: 0n,
    stotteCapUsed: 0n,
    norgesprisCapUsed: 0n,
    schemes: new Set(),
  };
}

/** The monthly fee, pro rata by the days of each month in [from, to) priced under each contract. */
export function addMonthlyFees(
  contracts: readonly ContractTerms[],
  from: string,
  to: string,
  month: (month: string) => MonthSums,
): void {
  for (let date = from; date < to; date = addDays(date, 1)) {
    const contract = contracts.find((c) => inDatePeriod(c, date));
    if (!contract) continue;
    const [y, m] = date.split("-").map(Number) as [number, number];
    month(date.slice(0, 7)).fee += ratio(BigInt(contract.monthlyFeeOre) * ONE, 1n, BigInt(daysInMonth(y, m)));
  }
}

/** A month's rounded lines and VAT. */
export function monthCost(
  month: string,
  m: MonthSums,
  vat: { exempt: boolean; basisPoints: number },
): MonthCost {
  const vatOre = (net: bigint) => roundToWhole(vatOn(net, vat.basisPoints));
  const energyOre = roundToWhole(m.energy);
  const markupOre = roundToWhole(m.markup);
  const monthlyFeeOre = roundToWhole(m.fee);
  const retailVatOre = vatOre(m.energy + m.markup + m.fee);
  const stromstotteOre = roundToWhole(m.stromstotte);
  const norgesprisOre = roundToWhole(m.norgespris);
  const schemeVatOre = vatOre(m.stromstotte + m.norgespris);
  const retailTotalOre = energyOre + markupOre + monthlyFeeOre + retailVatOre;
  return {
    month,
    kwh: formatScaled(m.kwh, 4),
    unpricedKwh: formatScaled(m.unpriced, 4),
    vatExempt: vat.exempt,
    vatBasisPoints: vat.basisPoints,
    schemes: [...m.schemes],
    energyOre,
    markupOre,
    monthlyFeeOre,
    stromstotteOre,
    norgesprisOre,
    retailVatOre,
    schemeVatOre,
    retailTotalOre,
    totalOre: retailTotalOre + stromstotteOre + norgesprisOre + schemeVatOre,
  };
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

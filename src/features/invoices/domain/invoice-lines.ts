// An invoice's lines for one contract's days of a month, taken from the one cost function's month lines
// (pricing/domain/month-lines.ts) rather than computed again: energy, markup and the monthly fee, each
// rounded once by the cost function, their VAT its retail VAT line. So the invoice equals Forbruk's month
// to the øre. Strømstøtte and Norgespris are the grid company's to settle: never on our invoice.
import { div, formatScaled, type MonthCost, parseScaled } from "@/features/pricing";

/** What every invoice and the invoice page say about the state schemes. */
export const GRID_SCHEMES_NOTE =
  "Strømstøtte og Norgespris er ikke med på denne fakturaen. Nettselskapet gjør dem opp på sin faktura for nettleie.";

export interface InvoiceLineDraft {
  position: number;
  description: string;
  /** Decimal string, 4 decimals. */
  quantity: string;
  unit: "kWh" | "dager";
  /** Øre per unit excl. VAT, decimal string, 6 decimals. */
  unitPriceOre: string;
  netOre: number;
}

export interface InvoiceAmounts {
  lines: InvoiceLineDraft[];
  netOre: number;
  vatOre: number;
  amountOre: number;
  vatBasisPoints: number;
}

/** The price terms of the contract billed. */
export interface BilledTerms {
  product: "SPOT" | "FIXED";
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
}

const ZERO = "0.000000";

/** A price per unit from an amount and a quantity (the consumption-weighted spot price), 6 decimals. */
function unitPrice(netOre: number, quantity: string): string {
  const amount = parseScaled(quantity);
  return amount === 0n ? ZERO : formatScaled(div(parseScaled(netOre), amount), 6);
}

/**
 * The lines of the month's days billed: `month` is the cost function's month for exactly those days,
 * `days` how many of the month's `daysInMonth` the contract supplied (the fee's share).
 */
export function invoiceAmounts(
  month: MonthCost,
  terms: BilledTerms,
  days: { supplied: number; inMonth: number },
): InvoiceAmounts {
  const kwh = formatScaled(parseScaled(month.kwh), 4);
  const energy =
    terms.product === "FIXED" && terms.fixedPriceOrePerKwh !== null
      ? { description: "Strøm, fastpris", price: formatScaled(parseScaled(terms.fixedPriceOrePerKwh), 6) }
      : { description: "Strøm, spotpris (vektet etter forbruket)", price: unitPrice(month.energyOre, kwh) };
  const drafts: Omit<InvoiceLineDraft, "position">[] = [
    {
      description: energy.description,
      quantity: kwh,
      unit: "kWh",
      unitPriceOre: energy.price,
      netOre: month.energyOre,
    },
    {
      description: "Påslag",
      quantity: kwh,
      unit: "kWh",
      unitPriceOre: formatScaled(parseScaled(terms.markupOrePerKwh), 6),
      netOre: month.markupOre,
    },
  ];
  if (terms.monthlyFeeOre !== 0 || month.monthlyFeeOre !== 0) {
    drafts.push({
      description: `Fastbeløp (${days.supplied} av ${days.inMonth} dager)`,
      quantity: formatScaled(parseScaled(days.supplied), 4),
      unit: "dager",
      unitPriceOre: formatScaled(div(parseScaled(terms.monthlyFeeOre), parseScaled(days.inMonth)), 6),
      netOre: month.monthlyFeeOre,
    });
  }
  const lines = drafts.map((line, i) => ({ ...line, position: i + 1 }));
  const netOre = month.energyOre + month.markupOre + month.monthlyFeeOre;
  return {
    lines,
    netOre,
    vatOre: month.retailVatOre,
    amountOre: month.retailTotalOre,
    vatBasisPoints: month.vatBasisPoints,
  };
}

/** A credit note's lines: the original's, negated (same quantities and prices, amounts to their negative). */
export function creditedAmounts(original: InvoiceAmounts): InvoiceAmounts {
  const negate = (value: string) => (value.startsWith("-") ? value.slice(1) : `-${value}`);
  return {
    lines: original.lines.map((line) => ({ ...line, quantity: negate(line.quantity), netOre: -line.netOre })),
    netOre: -original.netOre,
    vatOre: -original.vatOre,
    amountOre: -original.amountOre,
    vatBasisPoints: original.vatBasisPoints,
  };
}

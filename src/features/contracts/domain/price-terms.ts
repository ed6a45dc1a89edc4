// A contract's price terms as label and value, with and without VAT: one wording for the contract
// page, the terms page and the contract document (PDF).
import { oreWithVat, withVat } from "@/features/pricing";
import { decimalText, kronerText } from "@/platform/format/display";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";

/** An Oslo calendar date ("2026-03-01") as "1. mars 2026". */
export const norwegianDate = (iso: string) => osloDateLong(osloMidnight(iso));

export interface PriceTerms {
  product: "SPOT" | "FIXED";
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
  fixedUntil: string | null;
}

export interface PriceTermLine {
  label: string;
  value: string;
}

/** Fixed price and until when, or the markup on the spot price, and the monthly fee. */
export function priceTermLines(
  terms: PriceTerms,
  { vatExempt, vatBasisPoints }: { vatExempt: boolean; vatBasisPoints: number },
): PriceTermLine[] {
  const vat = vatExempt ? 0 : vatBasisPoints;
  const price = (ore: string) =>
    vatExempt
      ? `${decimalText(ore)} øre/kWh (ingen mva)`
      : `${decimalText(ore)} øre/kWh uten mva, ${decimalText(withVat(ore, vat))} med mva`;
  const fee = vatExempt
    ? `${kronerText(terms.monthlyFeeOre)} (ingen mva)`
    : `${kronerText(terms.monthlyFeeOre)} uten mva, ${kronerText(oreWithVat(terms.monthlyFeeOre, vat))} med mva`;
  const lines: PriceTermLine[] = [];
  if (terms.fixedPriceOrePerKwh) lines.push({ label: "Fastpris", value: price(terms.fixedPriceOrePerKwh) });
  if (terms.fixedUntil)
    lines.push({ label: "Fastprisen gjelder til", value: norwegianDate(terms.fixedUntil) });
  if (terms.product === "SPOT")
    lines.push({ label: "Påslag på spotprisen", value: price(terms.markupOrePerKwh) });
  lines.push({ label: "Månedsbeløp", value: fee });
  return lines;
}

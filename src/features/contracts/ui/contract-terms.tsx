// A contract's prices with and without VAT, shown on the contract page and when a move is confirmed
// (the same terms at the new address, where VAT may not apply). No hooks: used by server and client.

import { oreWithVat, withVat } from "@/features/pricing";
import { decimalText, kronerText } from "@/platform/format/display";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import { DetailRow } from "@/ui/detail-row";

/** An Oslo calendar date ("2026-03-01") as "1. mars 2026". */
export const norwegianDate = (iso: string) => osloDateLong(osloMidnight(iso));

export interface PriceTerms {
  product: "SPOT" | "FIXED";
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
  fixedUntil: string | null;
}

/** The rows of a description list: fixed price or markup, and the monthly fee. */
export function PriceRows({
  terms,
  vatExempt,
  vatBasisPoints,
}: {
  terms: PriceTerms;
  vatExempt: boolean;
  vatBasisPoints: number;
}) {
  const vat = vatExempt ? 0 : vatBasisPoints;
  const price = (ore: string) =>
    vatExempt
      ? `${decimalText(ore)} øre/kWh (ingen mva)`
      : `${decimalText(ore)} øre/kWh uten mva, ${decimalText(withVat(ore, vat))} med mva`;
  const fee = vatExempt
    ? `${kronerText(terms.monthlyFeeOre)} (ingen mva)`
    : `${kronerText(terms.monthlyFeeOre)} uten mva, ${kronerText(oreWithVat(terms.monthlyFeeOre, vat))} med mva`;
  return (
    <>
      {terms.fixedPriceOrePerKwh && (
        <DetailRow label="Fastpris">{price(terms.fixedPriceOrePerKwh)}</DetailRow>
      )}
      {terms.fixedUntil && (
        <DetailRow label="Fastprisen gjelder til">{norwegianDate(terms.fixedUntil)}</DetailRow>
      )}
      {terms.product === "SPOT" && (
        <DetailRow label="Påslag på spotprisen">{price(terms.markupOrePerKwh)}</DetailRow>
      )}
      <DetailRow label="Månedsbeløp">{fee}</DetailRow>
    </>
  );
}

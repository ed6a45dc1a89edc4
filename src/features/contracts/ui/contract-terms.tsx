// A contract's prices with and without VAT, shown on the contract page and when a move is confirmed
// (the same terms at the new address, where VAT may not apply). No hooks: used by server and client.

import { DetailRow } from "@/ui/detail-row";
import { type PriceTerms, priceTermLines } from "../domain/price-terms";

export { norwegianDate, type PriceTerms } from "../domain/price-terms";

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
  return (
    <>
      {priceTermLines(terms, { vatExempt, vatBasisPoints }).map((line) => (
        <DetailRow key={line.label} label={line.label}>
          {line.value}
        </DetailRow>
      ))}
    </>
  );
}

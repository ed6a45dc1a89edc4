// Each product's price terms as the terms page lists them: today's price list (PRODUCT_OFFERS), with
// and without VAT, in the same words as a contract's own terms on Avtale and in the contract document.
import {
  type OfferedProduct,
  PRODUCT_OFFERS,
  type PriceTermLine,
  priceTermLines,
} from "@/features/contracts";

export const OFFERED_PRODUCTS: readonly OfferedProduct[] = ["SPOT", "FIXED"];

/** The product's price lines on today's offer; a fixed price holds for its months from the start date. */
export function offerPriceTerms(product: OfferedProduct, vatBasisPoints: number): PriceTermLine[] {
  const offer = PRODUCT_OFFERS[product];
  const lines = priceTermLines({ ...offer, fixedUntil: null }, { vatExempt: false, vatBasisPoints });
  if (offer.fixedMonths === null) return lines;
  const [price, ...rest] = lines;
  const period = { label: "Fastprisen gjelder", value: `${offer.fixedMonths} måneder fra startdatoen` };
  return price ? [price, period, ...rest] : [period];
}

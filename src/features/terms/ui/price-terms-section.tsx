// Each product's price terms: how the price is made (the version's words) and today's figures from the
// price list, with and without VAT.
import { PRODUCT_OFFERS } from "@/features/contracts";
import { DetailRow } from "@/ui/detail-row";
import { OFFERED_PRODUCTS, offerPriceTerms } from "../domain/offer-price-terms";
import type { TermsVersion } from "../domain/terms-versions";

export function PriceTermsSection({
  id,
  version,
  vatBasisPoints,
}: {
  id: string;
  version: TermsVersion;
  vatBasisPoints: number;
}) {
  return (
    <section aria-labelledby={id} className="scroll-mt-6 space-y-4">
      <h2 id={id} className="text-2xl font-bold text-slate-900">
        Prisvilkår for produktene
      </h2>
      <p>
        Prisene er dagens priser for nye avtaler. Prisene i din avtale står på Min side › Avtale og i
        avtaledokumentet. I kommuner med fritak for merverdiavgift (Nordland, Troms og Finnmark) gjelder
        prisene uten mva.
      </p>
      {OFFERED_PRODUCTS.map((product) => (
        <section
          key={product}
          aria-labelledby={`${id}-${product}`}
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h3 id={`${id}-${product}`} className="text-lg font-semibold text-slate-900">
            {PRODUCT_OFFERS[product].name}
          </h3>
          {version.productTerms[product].map((paragraph) => (
            <p key={paragraph} className="mt-2">
              {paragraph}
            </p>
          ))}
          <dl className="mt-3 divide-y divide-slate-100">
            {offerPriceTerms(product, vatBasisPoints).map((line) => (
              <DetailRow key={line.label} label={line.label}>
                {line.value}
              </DetailRow>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}

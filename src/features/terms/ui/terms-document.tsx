// One version of Avtalevilkår as a page: what it builds on, a table of contents, the sections, each
// product's price terms and the withdrawal information with the form. The same text the contract
// document (PDF) prints.
import { norwegianDate } from "@/features/contracts";
import type { TermsVersion } from "../domain/terms-versions";
import { PriceTermsSection } from "./price-terms-section";
import { WithdrawalSection } from "./withdrawal-section";

const PRICE_TERMS_ID = "prisvilkar";
const WITHDRAWAL_ID = "angrerett-og-angreskjema";

export function TermsDocument({
  version,
  vatBasisPoints,
}: {
  version: TermsVersion;
  vatBasisPoints: number;
}) {
  const contents = [
    ...version.sections.map((section) => ({ id: section.id, title: section.heading })),
    { id: PRICE_TERMS_ID, title: "Prisvilkår for produktene" },
    { id: WITHDRAWAL_ID, title: "Angrerett og angreskjema" },
  ];
  return (
    <article className="max-w-3xl space-y-10 leading-relaxed text-slate-800">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Avtalevilkår</h1>
        <p className="text-lg font-medium text-slate-900">
          Versjon {version.id}, fra {norwegianDate(version.effectiveFrom)}
        </p>
        <p>{version.basis}</p>
        <nav aria-labelledby="vilkar-innhold" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="vilkar-innhold" className="font-semibold text-slate-900">
            Innhold
          </h2>
          <ul className="mt-2 space-y-1">
            {contents.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`} className="text-brand-700 underline hover:no-underline">
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {version.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="scroll-mt-6 space-y-3">
          <h2 id={section.id} className="text-2xl font-bold text-slate-900">
            {section.heading}
          </h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}

      <PriceTermsSection id={PRICE_TERMS_ID} version={version} vatBasisPoints={vatBasisPoints} />
      <WithdrawalSection id={WITHDRAWAL_ID} />
    </article>
  );
}

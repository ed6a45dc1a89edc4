import Link from "next/link";
import type { latestStaffViews } from "@/features/privacy/server";
import { LimitedBy, StaffViewsTable } from "@/features/privacy/ui";
import { ButtonLink } from "@/ui/button-link";
import { SectionCard } from "./section-card";

type LatestStaffViews = Awaited<ReturnType<typeof latestStaffViews>>;

/** The right of access: the copy, as a page or JSON, and the newest looks by staff with the count. */
export function AccessCard({ staffViews }: { staffViews: LatestStaffViews }) {
  const { views, total } = staffViews;
  return (
    <SectionCard id="innsyn" title="Innsyn: en kopi av opplysningene dine">
      <p className="mt-2 text-slate-700">
        Kopien viser alt vi har om deg, med formål, rettslig grunnlag, hvor vi har det fra, hvem vi deler det
        med og hvor lenge vi oppbevarer det. Du får den med en gang.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <ButtonLink href="/min-side/personvern/innsyn">Se kopien (kan skrives ut)</ButtonLink>
        <ButtonLink href="/min-side/personvern/innsyn/json" variant="secondary" prefetch={false}>
          Last ned som JSON
        </ButtonLink>
      </div>
      <h3 id="hvem-har-sett" className="mt-6 text-lg font-semibold text-slate-900">
        Hvem har sett på opplysningene mine
      </h3>
      <p className="mt-1 text-slate-700">
        Hver gang en ansatt søker deg opp eller åpner opplysningene dine, blir det logget. Her ser du rollen
        og tidspunktet.
      </p>
      <div className="mt-3">
        {total > views.length && (
          <p id="hvem-har-sett-antall" className="mb-2 font-medium text-slate-800">
            Viser de {views.length} siste av {total} oppslag.
          </p>
        )}
        <StaffViewsTable id="hvem-har-sett-tabell" views={views} />
        {total > views.length && (
          <p className="mt-3">
            <Link href="/min-side/personvern/oppslag" className="font-medium text-brand-700 underline">
              Se alle {total} oppslagene
            </Link>
          </p>
        )}
      </div>
      <LimitedBy type="ACCESS" />
    </SectionCard>
  );
}

/** The right to data portability: what the customer gave and the contract made, as one ZIP file. */
export function PortabilityCard() {
  return (
    <SectionCard id="dataportabilitet" title="Dataportabilitet">
      <p className="mt-2 text-slate-700">
        Last ned opplysningene du har gitt oss og som avtalen har generert – kontaktinformasjon, avtaler,
        målepunkter, forbruk, fakturaer og henvendelser – som JSON og CSV i én ZIP-fil, klar til å ta med til
        en annen leverandør. Tidspunkter står i norsk tid med tidssone (ISO 8601).
      </p>
      <div className="mt-4">
        <ButtonLink href="/min-side/personvern/dataportabilitet" variant="secondary" prefetch={false}>
          Last ned ZIP-fil
        </ButtonLink>
      </div>
      <LimitedBy type="PORTABILITY" />
    </SectionCard>
  );
}

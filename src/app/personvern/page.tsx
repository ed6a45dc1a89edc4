import type { Metadata } from "next";
import { PRIVACY_POLICY_UPDATED } from "@/features/privacy";
import {
  ControllerSection,
  CookiesSection,
  PersonalDataSection,
  PurposesSection,
  RetentionSection,
  RightsSection,
  SharingSection,
  TableOfContents,
} from "@/features/privacy/ui";

export const metadata: Metadata = {
  title: "Personvernerklæring",
  description:
    "Hvilke personopplysninger Klarkraft behandler, hvorfor, hvor lenge, og hvilke rettigheter du har.",
};

const updatedOn = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "UTC" }).format(
  new Date(PRIVACY_POLICY_UPDATED),
);

/** The privacy statement, rendered from the privacy register; each section is its own component. */
export default function PrivacyStatementPage() {
  return (
    <article className="max-w-3xl space-y-10 leading-relaxed text-slate-800">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Personvernerklæring</h1>
        <p className="text-lg">
          Det viktigste for oss er at du kan stole på oss. Det gjelder også personvernet ditt: vi følger
          personopplysningsloven og er åpne om hvordan vi behandler personopplysningene dine.
        </p>
        <p>
          En personopplysning er en opplysning eller vurdering som kan knyttes til deg, direkte som navn eller
          fødselsnummer, eller indirekte som forbruksdata og bruk av nettsider. I tillegg til
          personopplysningsloven gjelder blant annet ekomloven, markedsføringsloven og bokføringsloven for
          hvordan vi kan behandle opplysningene dine.
        </p>
        <p className="text-sm text-slate-600">Sist oppdatert {updatedOn}.</p>
        <TableOfContents />
      </header>

      <ControllerSection />
      <CookiesSection />
      <PersonalDataSection />
      <PurposesSection />
      <SharingSection />
      <RetentionSection />
      <RightsSection />

      <p className="border-t border-slate-200 pt-4 text-sm text-slate-600">Oppdatert {updatedOn}.</p>
    </article>
  );
}

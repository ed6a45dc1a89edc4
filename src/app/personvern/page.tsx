import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { TRACKERS } from "@/domain/privacy/cookies";
import { PRIVACY_REGISTER } from "@/domain/privacy/register";
import { PRIVACY_RIGHTS, RESPONSE_DEADLINE, SUPERVISORY_AUTHORITY } from "@/domain/privacy/rights";
import {
  CONTROLLER,
  LEGAL_BASES,
  LEGAL_BASIS_SUMMARY,
  PRIVACY_POLICY_UPDATED,
  PURPOSES,
  RECIPIENT_ROLE_NAMES,
  RECIPIENTS,
  type RecipientId,
  SOURCES,
} from "@/domain/privacy/vocabulary";

export const metadata: Metadata = {
  title: "Personvernerklæring",
  description:
    "Hvilke personopplysninger Klarkraft behandler, hvorfor, hvor lenge, og hvilke rettigheter du har.",
};

const SECTIONS = [
  { id: "ansvarlig", title: "Hvem som er ansvarlig" },
  { id: "informasjonskapsler", title: "Informasjonskapsler (cookies)" },
  { id: "opplysninger", title: "Personopplysninger vi behandler når du blir kunde" },
  { id: "formal", title: "Formålet med behandlingen og rettslig grunnlag" },
  { id: "deling", title: "Utlevering og databehandlere" },
  { id: "sletting", title: "Hvor lenge vi oppbevarer opplysningene" },
  { id: "rettigheter", title: "Dine rettigheter" },
] as const;

const updatedOn = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "UTC" }).format(
  new Date(PRIVACY_POLICY_UPDATED),
);

const recipientIds = Object.keys(RECIPIENTS) as RecipientId[];

const listFormat = new Intl.ListFormat("nb-NO", { style: "long", type: "conjunction" });

/** "a, b og c" */
function listNames(names: readonly string[]): string {
  return listFormat.format(names);
}

function Section({ id, children }: { id: (typeof SECTIONS)[number]["id"]; children: ReactNode }) {
  const title = SECTIONS.find((s) => s.id === id)?.title;
  return (
    <section aria-labelledby={`${id}-tittel`} className="scroll-mt-6 space-y-4">
      <h2 id={`${id}-tittel`} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

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
        <nav aria-labelledby="innhold-tittel" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="innhold-tittel" className="font-semibold text-slate-900">
            Innhold
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}-tittel`} className="text-brand-700 underline hover:no-underline">
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <Section id="ansvarlig">
        <p>
          {CONTROLLER.name} er behandlingsansvarlig for personopplysningene dine og skal sørge for at de ikke
          misbrukes eller kommer på avveie.
        </p>
        <address className="not-italic">
          {CONTROLLER.name}, {CONTROLLER.street}, {CONTROLLER.postalCode} {CONTROLLER.city}
          <br />
          Spørsmål om personvern:{" "}
          <a href={`mailto:${CONTROLLER.privacyEmail}`} className="text-brand-700 underline">
            {CONTROLLER.privacyEmail}
          </a>
        </address>
      </Section>

      <Section id="informasjonskapsler">
        <p>
          Nettsidene våre bruker nødvendige informasjonskapsler som holder deg innlogget på Min side. De
          krever ikke samtykke.
        </p>
        <p>
          Vi ønsker også å bruke informasjonskapsler til trafikkanalyse og markedsføring fra{" "}
          {listNames(TRACKERS.map((t) => t.name))}. Disse lastes bare hvis du aktivt sier ja, og du kan trekke
          samtykket tilbake like enkelt som du ga det. Inntil du kan gjøre dette valget på nettsidene våre, er
          de ikke i bruk i det hele tatt.
        </p>
        <p>Du kan også slette og blokkere informasjonskapsler i innstillingene i nettleseren din.</p>
        <p>
          <Link
            href="/informasjonskapsler"
            className="font-medium text-brand-700 underline hover:no-underline"
          >
            Se alle informasjonskapsler og innstillingene dine
          </Link>
        </p>
      </Section>

      <Section id="opplysninger">
        <p>
          Når du blir kunde, trenger vi opplysninger om deg for å administrere kundeforholdet og oppfylle
          forpliktelsene våre. De fleste opplysningene får vi fra deg. I tillegg henter vi opplysninger fra{" "}
          {SOURCES.folkeregisteret.name} (identitetssjekk), {SOURCES.elhub.name} (målepunkt og
          forbrukshistorikk) og {SOURCES.experian.name} (kredittsjekk).
        </p>
        <p>
          Det er frivillig å gi oss personopplysninger, men uten de opplysningene skjemaet ber om, kan vi ikke
          registrere deg som kunde eller levere strøm til deg.
        </p>
        {PRIVACY_REGISTER.map((category) => (
          <section key={category.id} aria-labelledby={`kategori-${category.id}`} className="space-y-2">
            <h3 id={`kategori-${category.id}`} className="text-xl font-semibold text-slate-900">
              {category.name}
            </h3>
            <p>{category.description}</p>
            <ul className="list-disc space-y-1 pl-6">
              {category.fields.map((field) => (
                <li key={field.id}>
                  {field.label}{" "}
                  <span className="text-slate-600">
                    (fra {listNames(field.sources.map((source) => SOURCES[source].shortName))})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <dl className="space-y-2 rounded-lg bg-brand-50 p-4">
          {Object.values(SOURCES).map((source) => (
            <div key={source.name}>
              <dt className="inline font-semibold">{source.name}: </dt>
              <dd className="inline">{source.description}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="formal">
        <p>
          Vi behandler personopplysningene dine for å opprette deg som kunde, identifisere deg og strømmåleren
          din, og forvalte kundeforholdet etter de kravene som gjelder for en kraftleverandør.
        </p>
        <p className="rounded-lg border-l-4 border-brand-700 bg-white p-4">{LEGAL_BASIS_SUMMARY}</p>
        <p>Vi kan også bruke opplysningene til andre formål som er forenlige med dette:</p>
        <ul className="list-disc space-y-1 pl-6">
          {Object.values(PURPOSES)
            .filter((purpose) => purpose.furtherPurpose)
            .map((purpose) => (
              <li key={purpose.name}>{purpose.name}</li>
            ))}
        </ul>
        {PRIVACY_REGISTER.map((category) => (
          <DataTable
            key={category.id}
            id={`formal-${category.id}`}
            caption={category.name}
            columns={["Formål", "Rettslig grunnlag"]}
            minWidthClass="min-w-[36rem]"
          >
            {category.purposes.map((use) => (
              <tr key={use.purpose}>
                <RowHeader className="font-normal">
                  <span className="font-semibold">{PURPOSES[use.purpose].name}.</span> {use.detail}
                </RowHeader>
                <Cell>
                  {LEGAL_BASES[use.legalBasis].name}{" "}
                  <span className="text-slate-600">
                    ({LEGAL_BASES[use.legalBasis].citation}
                    {use.law ? `, ${use.law}` : ""})
                  </span>
                </Cell>
              </tr>
            ))}
          </DataTable>
        ))}
        <dl className="space-y-2">
          {Object.values(LEGAL_BASES).map((basis) => (
            <div key={basis.article}>
              <dt className="font-semibold">{basis.name}</dt>
              <dd>{basis.explanation}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="deling">
        <p>
          Vi deler personopplysningene dine bare når det trengs for å levere strøm til deg, når loven krever
          det, eller når du har samtykket. Databehandlerne våre arbeider på oppdrag fra oss, og vi har avtaler
          som sikrer at de ikke bruker opplysningene til noe annet enn tjenesten de leverer oss.
        </p>
        <DataTable
          id="mottakere"
          caption="Hvem vi deler med eller henter fra"
          columns={["Mottaker", "Rolle", "Hva og hvorfor", "Hvor"]}
          minWidthClass="min-w-[40rem]"
        >
          {recipientIds.map((id) => (
            <tr key={id}>
              <RowHeader>{RECIPIENTS[id].name}</RowHeader>
              <Cell>{RECIPIENT_ROLE_NAMES[RECIPIENTS[id].role]}</Cell>
              <Cell>{RECIPIENTS[id].description}</Cell>
              <Cell>{RECIPIENTS[id].location}</Cell>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section id="sletting">
        <p>
          Vi oppbevarer ikke personopplysningene dine lenger enn det som er nødvendig for formålet de ble
          samlet inn for. Etter at kundeforholdet er avsluttet, lagrer vi bare de opplysningene, og bare så
          lenge, som loven krever, for eksempel bokførings- og skattelovgivningen. Opplysninger vi må beholde,
          brukes ikke til noe annet.
        </p>
        {PRIVACY_REGISTER.map((category) => (
          <DataTable
            key={category.id}
            id={`lagring-${category.id}`}
            caption={category.name}
            columns={["Opplysninger", "Hvor lenge og hvorfor"]}
            minWidthClass="min-w-[32rem]"
          >
            {category.retention.map((entry) => (
              <tr key={entry.fields.join()}>
                <RowHeader className="font-normal">
                  {entry.fields
                    .map((fieldId) => category.fields.find((f) => f.id === fieldId)?.label)
                    .filter(Boolean)
                    .join("; ")}
                </RowHeader>
                <Cell>{entry.explanation}</Cell>
              </tr>
            ))}
          </DataTable>
        ))}
      </Section>

      <Section id="rettigheter">
        <p>Du har disse rettighetene etter personopplysningsloven og personvernforordningen (GDPR):</p>
        <div className="space-y-5">
          {PRIVACY_RIGHTS.map((right) => (
            <section key={right.id} aria-labelledby={`rett-${right.id}`} className="space-y-1">
              <h3 id={`rett-${right.id}`} className="text-lg font-semibold text-slate-900">
                {right.name} <span className="text-base font-normal text-slate-600">({right.article})</span>
              </h3>
              <p>{right.description}</p>
              <p className="text-slate-700">
                <span className="font-medium">Begrensninger:</span> {right.limits}
              </p>
            </section>
          ))}
        </div>
        <h3 className="text-xl font-semibold text-slate-900">Slik bruker du rettighetene dine</h3>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Logg inn på Min side og velg{" "}
            <Link href="/min-side/personvern" className="text-brand-700 underline hover:no-underline">
              Personvern
            </Link>
            . Der kan du laste ned en kopi av opplysningene dine og sende forespørsler.
          </li>
          <li>
            Eller kontakt kundeservice på{" "}
            <a href={`mailto:${CONTROLLER.customerServiceEmail}`} className="text-brand-700 underline">
              {CONTROLLER.customerServiceEmail}
            </a>
            .
          </li>
        </ul>
        <p>
          Det er gratis. Vi svarer innen én måned. Er saken særlig omfattende eller vi får mange forespørsler,
          kan fristen forlenges med inntil to måneder til. Da sier vi fra innen den første måneden og
          forklarer hvorfor ({RESPONSE_DEADLINE.article}).
        </p>
        <h3 className="text-xl font-semibold text-slate-900">Når andre lover går foran</h3>
        <p>
          Rettighetene dine har enkelte begrensninger når andre lover går foran personvernloven, for eksempel
          plikten til å oppbevare regnskapsopplysninger etter bokføringsloven. Når en forespørsel blir
          begrenset, forteller vi deg hvilken regel som gjelder og hva vi gjør i stedet.
        </p>
        <p>
          Mener du at vi behandler opplysningene dine i strid med regelverket, kan du klage til{" "}
          <a href={SUPERVISORY_AUTHORITY.url} className="text-brand-700 underline hover:no-underline">
            {SUPERVISORY_AUTHORITY.name}
          </a>{" "}
          ({SUPERVISORY_AUTHORITY.article}).
        </p>
      </Section>

      <p className="border-t border-slate-200 pt-4 text-sm text-slate-600">Oppdatert {updatedOn}.</p>
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { CONSENT_CATEGORY_NAMES, CONSENT_VALID_MONTHS } from "@/features/consent";
import { getConsentView } from "@/features/consent/server";
import { ConsentSettingsForm, receiverOf } from "@/features/consent/ui";
import { COOKIES, type CookieEntry, RECIPIENTS, TRACKERS } from "@/features/privacy";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";

export const metadata: Metadata = {
  title: "Informasjonskapsler",
  description: "Hvilke informasjonskapsler Klarkraft bruker, og hvordan du styrer dem.",
};

const GROUPS: { purpose: CookieEntry["purpose"]; title: string; intro: string }[] = [
  {
    purpose: "essential",
    title: "Nødvendige informasjonskapsler",
    intro:
      "Disse trengs for at du skal kunne logge inn og for å huske valget ditt, og krever derfor ikke samtykke.",
  },
  {
    purpose: "statistics",
    title: "Informasjonskapsler for statistikk",
    intro: "Settes bare hvis du sier ja til statistikk, og bare på de åpne sidene, aldri på Min side.",
  },
  {
    purpose: "marketing",
    title: "Informasjonskapsler for markedsføring",
    intro: "Settes bare hvis du sier ja til markedsføring, og bare på de åpne sidene, aldri på Min side.",
  },
];

export default async function CookiesPage() {
  const view = await getConsentView();
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed text-slate-800">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Informasjonskapsler</h1>
        <p className="text-lg">
          En informasjonskapsel (cookie) er en liten tekstfil som nettsiden lagrer i nettleseren din. Vi
          bruker bare informasjonskapsler som trengs for at Min side skal virke, med mindre du sier ja til
          mer.
        </p>
      </header>

      <section aria-labelledby="verktoy" className="space-y-3">
        <h2 id="verktoy" className="text-2xl font-bold text-slate-900">
          Verktøyene vi spør om
        </h2>
        <p>
          Ingen av dem lastes før du aktivt har sagt ja til formålet, og aldri på Min side, i kundeservice
          eller når du logger inn. Vi sender dem aldri navn, e-post, fødselsnummer eller kundenummer.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          {TRACKERS.map((tracker) => (
            <li key={tracker.id}>
              <span className="font-semibold">{tracker.name}</span> (
              {CONSENT_CATEGORY_NAMES[tracker.purpose].toLowerCase()}) {tracker.does}. Mottaker:{" "}
              {receiverOf(tracker)}, {RECIPIENTS[tracker.recipient].location}.
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="innstillinger" className="scroll-mt-6 space-y-3">
        <h2 id="innstillinger" className="text-2xl font-bold text-slate-900">
          Ditt valg
        </h2>
        <p>
          {view.decidedAt
            ? `Valget ditt fra ${osloDateTime(view.decidedAt)} gjelder: statistikk ${view.choice.statistics ? "ja" : "nei"}, markedsføring ${view.choice.marketing ? "ja" : "nei"}.`
            : "Du har ikke gjort noe valg som gjelder nå, så vi bruker bare de nødvendige informasjonskapslene."}{" "}
          Du kan endre det her eller under «Innstillinger for informasjonskapsler» nederst på hver side, og vi
          spør deg igjen etter {CONSENT_VALID_MONTHS} måneder. Trekker du tilbake et samtykke, stopper
          verktøyet med en gang, og informasjonskapslene det har satt, slettes.
        </p>
        <ConsentSettingsForm choice={view.choice} token={view.formToken} idPrefix="side" />
      </section>

      {GROUPS.map(({ purpose, title, intro }) => (
        <section key={purpose} aria-labelledby={`kapsler-${purpose}`} className="space-y-3">
          <h2 id={`kapsler-${purpose}`} className="text-2xl font-bold text-slate-900">
            {title}
          </h2>
          <p>{intro}</p>
          <DataTable
            id={`kapsler-${purpose}-tabell`}
            caption={title}
            hideCaption
            columns={["Navn", "Hva den gjør", "Varighet"]}
            minWidthClass="min-w-[36rem]"
          >
            {COOKIES.filter((cookie) => cookie.purpose === purpose).map((cookie) => (
              <tr key={cookie.name}>
                <RowHeader className="font-mono text-sm">{cookie.name}</RowHeader>
                <Cell>
                  {cookie.description} <span className="text-slate-600">({cookie.provider})</span>
                </Cell>
                <Cell>{cookie.lifetime}</Cell>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}

      <section aria-labelledby="nettleser" className="space-y-3">
        <h2 id="nettleser" className="text-2xl font-bold text-slate-900">
          I nettleseren din
        </h2>
        <p>
          Du kan også slette og blokkere informasjonskapsler i innstillingene i nettleseren. Blokkerer du de
          nødvendige, kan du ikke logge inn på Min side.
        </p>
        <p>
          Les mer om hvordan vi behandler personopplysninger i{" "}
          <Link href="/personvern" className="font-medium text-brand-700 underline hover:no-underline">
            personvernerklæringen
          </Link>
          .
        </p>
      </section>
    </article>
  );
}

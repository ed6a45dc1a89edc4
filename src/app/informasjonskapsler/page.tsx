import type { Metadata } from "next";
import Link from "next/link";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { COOKIES, TRACKERS } from "@/domain/privacy/cookies";
import { RECIPIENTS } from "@/domain/privacy/vocabulary";

export const metadata: Metadata = {
  title: "Informasjonskapsler",
  description: "Hvilke informasjonskapsler Klarkraft bruker, og hvordan du styrer dem.",
};

const PURPOSE_NAMES = {
  essential: "Nødvendig",
  statistics: "Statistikk",
  marketing: "Markedsføring",
} as const;

export default function CookiesPage() {
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed text-slate-800">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Informasjonskapsler</h1>
        <p className="text-lg">
          En informasjonskapsel (cookie) er en liten tekstfil som nettsiden lagrer i nettleseren din. Vi
          bruker bare informasjonskapsler som trengs for at Min side skal virke, med mindre du sier ja til noe
          mer.
        </p>
      </header>

      <section aria-labelledby="nodvendige" className="space-y-3">
        <h2 id="nodvendige" className="text-2xl font-bold text-slate-900">
          Nødvendige informasjonskapsler
        </h2>
        <p>Disse trengs for at du skal kunne logge inn, og krever derfor ikke samtykke.</p>
        <DataTable
          id="nodvendige-tabell"
          caption="Nødvendige informasjonskapsler"
          hideCaption
          columns={["Navn", "Hva den gjør", "Varighet"]}
          minWidthClass="min-w-[36rem]"
        >
          {COOKIES.filter((cookie) => cookie.purpose === "essential").map((cookie) => (
            <tr key={cookie.name}>
              <RowHeader className="font-mono text-sm">{cookie.name}</RowHeader>
              <Cell>
                {cookie.description}{" "}
                <span className="text-slate-600">
                  ({PURPOSE_NAMES[cookie.purpose]}, {cookie.provider})
                </span>
              </Cell>
              <Cell>{cookie.lifetime}</Cell>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="statistikk" className="space-y-3">
        <h2 id="statistikk" className="text-2xl font-bold text-slate-900">
          Statistikk og markedsføring
        </h2>
        <p>
          Vi ønsker å bruke disse verktøyene. Ingen av dem er i bruk nå, og ingen av dem blir lastet før du
          aktivt har sagt ja til formålet:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {TRACKERS.map((tracker) => (
            <li key={tracker.name}>
              <span className="font-semibold">{tracker.name}</span> (
              {PURPOSE_NAMES[tracker.purpose].toLowerCase()}
              ). {RECIPIENTS[tracker.recipient].description}
            </li>
          ))}
        </ul>
        <p className="rounded-lg border-l-4 border-brand-700 bg-white p-4">
          Her kommer innstillingene der du kan si ja eller nei til statistikk og markedsføring, og endre
          valget ditt når som helst. Å si nei vil være like enkelt som å si ja.
        </p>
      </section>

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

// The readable API documentation, made from the OpenAPI document itself (no third-party viewer: the
// Content-Security-Policy allows no outside script), so the page and /api/v1/openapi.json cannot disagree.
import Link from "next/link";
import { API_RATE_LIMIT } from "@/features/api-tokens";
import { DOCUMENT_PATH } from "../domain/endpoints";
import { API_RESOLUTIONS, MAX_RANGE_DAYS } from "../domain/limits";
import { CodeBlock } from "./code-block";
import { EndpointDocs } from "./endpoint-docs";
import type { DocOperation, Schemas } from "./openapi-shapes";
import { SchemaFields } from "./schema-fields";

/** Where the curl examples send their calls: the demo on this machine. */
export const DEMO_ORIGIN = "http://localhost:3000";

export interface ApiDocsProps {
  document: {
    info: { description?: string };
    paths?: Record<string, unknown>;
    components?: { schemas?: unknown };
  };
  /** The query string of each path's example call. */
  exampleQueries: ReadonlyMap<string, string>;
}

export function curlFor(path: string, query: string, withToken: boolean): string {
  const url = `${DEMO_ORIGIN}${path}${query ? `?${query}` : ""}`;
  return withToken ? `curl -H "Authorization: Bearer kk_…" "${url}"` : `curl "${url}"`;
}

const PROBLEM_EXAMPLE = JSON.stringify(
  {
    type: "about:blank",
    title: "Perioden er for lang",
    status: 400,
    detail: "Med oppløsning PT15M kan perioden være høyst 31 døgn. Del den opp i flere kall.",
    maximumDays: 31,
  },
  null,
  2,
);

export function ApiDocs({ document, exampleQueries }: ApiDocsProps) {
  const paths = Object.entries(document.paths ?? {}) as [string, { get: DocOperation }][];
  const schemas = Object.entries((document.components?.schemas ?? {}) as Schemas);
  return (
    <article className="max-w-4xl space-y-10 leading-relaxed text-slate-800">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          API for dine egne data
        </h1>
        <p className="text-lg">
          Med en personlig API-nøkkel kan du hente målepunktene, forbruket, spotprisene, avtalene og
          fakturaene dine fra et skript eller et system for hjemmeautomasjon. API-et kan bare lese, og svarer
          med JSON.
        </p>
        <p>
          Beskrivelsen under er laget fra{" "}
          <a href={DOCUMENT_PATH} className="text-brand-700 underline hover:no-underline">
            OpenAPI 3.1-dokumentet
          </a>
          , som mange verktøy kan lese.
        </p>
      </header>

      <section aria-labelledby="kom-i-gang" className="space-y-4">
        <h2 id="kom-i-gang" className="text-2xl font-bold text-slate-900">
          Kom i gang
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            Logg inn på Min side og gå til{" "}
            <Link href="/min-side/profil" className="text-brand-700 underline hover:no-underline">
              Profil
            </Link>
            .
          </li>
          <li>
            Lag en API-nøkkel: gi den et navn, velg hva den skal kunne lese og hvor lenge den skal gjelde.
          </li>
          <li>
            Kopier nøkkelen (kk_…) med en gang: den vises bare én gang. Du kan trekke den tilbake når du vil.
          </li>
          <li>Send nøkkelen i headeren «Authorization: Bearer kk_…» i hvert kall.</li>
        </ol>
        <CodeBlock id="kom-i-gang-curl" label="Sjekk nøkkelen" code={curlFor("/api/v1/me", "", true)} />
      </section>

      <section aria-labelledby="grenser" className="space-y-3">
        <h2 id="grenser" className="text-2xl font-bold text-slate-900">
          Grenser
        </h2>
        <p>
          Hver nøkkel kan brukes {API_RATE_LIMIT.limit} ganger i minuttet. Kommer du over, svarer API-et 429
          med headeren Retry-After: antall sekunder til du kan prøve igjen.
        </p>
        <p>Forbruk kan hentes for en periode på høyst:</p>
        <ul className="list-disc space-y-1 pl-6">
          {API_RESOLUTIONS.map((resolution) => (
            <li key={resolution}>
              <span className="font-mono">{resolution}</span>: {MAX_RANGE_DAYS[resolution]} døgn
            </li>
          ))}
        </ul>
        <p>
          Beløp er hele øre (heltall). kWh og priser er desimaltall skrevet som tekst, så ingenting rundes av
          på veien. Tidspunkter er ISO 8601 i norsk tid med tidssone. Skriv + som %2B i adressen.
        </p>
      </section>

      <section aria-labelledby="feil" className="space-y-3">
        <h2 id="feil" className="text-2xl font-bold text-slate-900">
          Feil
        </h2>
        <p>
          Et kall API-et ikke kan svare på, får en feilkode og en forklaring på norsk som
          application/problem+json (RFC 9457). Et målepunkt som ikke er ditt, svarer 404, som et som ikke
          finnes.
        </p>
        <CodeBlock id="feil-eksempel" label="Eksempel på feilsvar" code={PROBLEM_EXAMPLE} />
      </section>

      <section aria-labelledby="endepunkter" className="space-y-6">
        <h2 id="endepunkter" className="text-2xl font-bold text-slate-900">
          Endepunkter
        </h2>
        {paths.map(([path, item]) => (
          <EndpointDocs
            key={path}
            path={path}
            operation={item.get}
            curl={curlFor(path, exampleQueries.get(path) ?? "", item.get.security?.length !== 0)}
          />
        ))}
      </section>

      <section aria-labelledby="skjemaer" className="space-y-6">
        <h2 id="skjemaer" className="text-2xl font-bold text-slate-900">
          Svarene felt for felt
        </h2>
        {schemas.map(([name, schema]) => (
          <SchemaFields key={name} name={name} schema={schema} />
        ))}
      </section>
    </article>
  );
}

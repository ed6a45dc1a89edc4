import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import {
  bucketLabels,
  type ConsumptionView,
  keyFor,
  monthName,
  PERIOD_KINDS,
  PERIOD_LABELS,
  PERIOD_NOUNS,
  parseView,
  periodTitle,
  RESOLUTION_LABELS,
  RESOLUTIONS_FOR,
  shiftView,
  viewQuery,
} from "@/features/consumption";
import { type ConsumptionData, getConsumption } from "@/features/consumption/server";
import { type ChartBucket, UsageChart } from "@/features/consumption/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { changePercent, decimalText, kronerText, kwhText } from "@/platform/format/display";
import { osloDate, osloIsoString } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";

export const metadata: Metadata = { title: "Forbruk" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const LINK = "font-medium text-brand-700 underline hover:no-underline";
const PILL =
  "inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 no-underline hover:bg-slate-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

export default async function ConsumptionPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireCustomer("/min-side/forbruk");
  const params = await searchParams;
  const today = osloDate(new Date());
  const parsed = parseView(params, today);
  const gsrnParam = typeof params.malepunkt === "string" ? params.malepunkt : undefined;

  if (!parsed.ok) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold text-slate-900">Forbruk</h1>
        <Card>
          <p role="alert" className="font-medium text-red-800">
            {parsed.message}
          </p>
          <p className="mt-3">
            <Link href="/min-side/forbruk" className={LINK}>
              Vis forbruket denne måneden
            </Link>
          </p>
        </Card>
      </div>
    );
  }

  const data = await getConsumption(session.customerId, parsed.view, gsrnParam);
  if (!data) {
    if (gsrnParam !== undefined) notFound();
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold text-slate-900">Forbruk</h1>
        <Card>
          <p>
            Vi har ikke registrert strømlevering til deg ennå. Forbruket vises her når leveringen har startet
            og målerverdiene er kommet fra Elhub.
          </p>
        </Card>
      </div>
    );
  }

  return <ConsumptionContent data={data} />;
}

function ConsumptionContent({ data }: { data: ConsumptionData }) {
  const { view, point, cost } = data;
  const gsrn = data.points.length > 1 ? point.gsrn : undefined;
  const href = (v: Pick<ConsumptionView, "kind" | "key" | "resolution">) =>
    `/min-side/forbruk?${viewQuery(v, gsrn)}`;
  const title = periodTitle(view);
  const nouns = PERIOD_NOUNS[view.kind];
  const labels = bucketLabels(
    data.buckets.map((b) => b.start),
    view.resolution,
  );
  const chartBuckets: ChartBucket[] = data.buckets.map((b, i) => ({
    key: b.start.toISOString(),
    label: labels[i] ?? "",
    kwh: b.kwh,
    price: b.priceOrePerKwh,
  }));
  const previous = shiftView(view, "forrige");
  const next = shiftView(view, "neste");
  const today = osloDate(new Date());
  const exportQuery = viewQuery(view, point.gsrn);
  const vatNote = point.vatExempt
    ? "Målepunktet ligger i Nord-Norge (Nordland, Troms eller Finnmark), der husholdninger ikke betaler merverdiavgift på strøm."
    : "Beløpene er med 25 % merverdiavgift.";
  const scheme = cost.norgesprisOre !== 0 || cost.months.some((m) => m.schemes.includes("norgespris"));

  return (
    <div className="flex flex-col gap-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-slate-900">Forbruk</h1>
        <p className="text-slate-700">
          Målepunkt {point.gsrn}, {point.address}
        </p>
      </header>

      {data.points.length > 1 && (
        <form method="get" action="/min-side/forbruk" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="periode" value={view.kind} />
          <input type="hidden" name="dato" value={view.key} />
          <input type="hidden" name="opplosning" value={view.resolution} />
          <label className="flex flex-col gap-1">
            <span className="font-medium text-slate-800">Målepunkt</span>
            <select
              name="malepunkt"
              defaultValue={point.gsrn}
              className="rounded-md border border-slate-400 px-3 py-2"
            >
              {data.points.map((p) => (
                <option key={p.id} value={p.gsrn}>
                  {p.address} ({p.gsrn})
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800"
          >
            Vis
          </button>
        </form>
      )}

      <nav aria-label="Velg periode og oppløsning" className="flex flex-col gap-3">
        <ul className="flex flex-wrap gap-2" aria-label="Periode">
          {PERIOD_KINDS.map((kind) => (
            <li key={kind}>
              <Link
                className={PILL}
                aria-current={kind === view.kind ? "page" : undefined}
                href={href({
                  kind,
                  key: keyFor(kind, view.kind === "dag" ? view.from : today),
                  resolution: RESOLUTIONS_FOR[kind][0] ?? "dag",
                })}
              >
                {PERIOD_LABELS[kind]}
              </Link>
            </li>
          ))}
        </ul>
        <ul className="flex flex-wrap items-center gap-2" aria-label="Oppløsning">
          {RESOLUTIONS_FOR[view.kind].map((resolution) => (
            <li key={resolution}>
              <Link
                className={PILL}
                aria-current={resolution === view.resolution ? "page" : undefined}
                href={href({ ...view, resolution })}
              >
                Per {RESOLUTION_LABELS[resolution].toLowerCase()}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="periode-tittel" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link className={LINK} href={href(previous)} rel="prev">
            <span aria-hidden="true">← </span>
            {nouns.previous}
          </Link>
          <h2 id="periode-tittel" className="text-2xl font-bold text-slate-900 first-letter:uppercase">
            {title}
          </h2>
          {next.from <= today ? (
            <Link className={LINK} href={href(next)} rel="next">
              {nouns.next}
              <span aria-hidden="true"> →</span>
            </Link>
          ) : (
            <span className="text-slate-500">{nouns.next}</span>
          )}
        </div>

        <dl className="grid gap-3 sm:grid-cols-3">
          <Figure label="Forbruk">
            <span data-testid="total-kwh">{kwhText(data.kwh)}</span>
          </Figure>
          <Figure label="Estimert kostnad">{kronerText(cost.totalOre)}</Figure>
          <Figure label="Sammenlignet">
            <span className="block text-base font-normal">
              {comparisonText(nouns.previous.toLowerCase(), data.kwh, data.previous.kwh)}
            </span>
            <span className="block text-base font-normal">
              {comparisonText("samme periode i fjor", data.kwh, data.lastYear.kwh)}
            </span>
          </Figure>
        </dl>

        {data.suppliedFrom && (
          <p className="text-slate-700">
            Du ser forbruket fra {data.suppliedFrom.split("-").reverse().join(".")}, da vi begynte å levere
            strøm til deg på dette målepunktet. Forbruk fra før det tilhører ikke deg og vises ikke.
          </p>
        )}
        {data.missingHours > 0 && (
          <p className="text-slate-700">
            Det mangler målerverdier for{" "}
            {decimalText(String(data.missingHours), data.missingHours % 1 ? 2 : 0)} timer i perioden. De vises
            som hull, ikke som null forbruk, og er ikke med i summene.
          </p>
        )}

        <Card>
          <UsageChart
            buckets={chartBuckets}
            title={`Forbruk ${title}, per ${RESOLUTION_LABELS[view.resolution].toLowerCase()}`}
            description={`Søyler viser forbruket i kWh, linjen spotprisen i prisområde ${point.priceArea} i øre/kWh uten mva. Totalt ${kwhText(data.kwh)}. Tallene står i tabellen under grafen.`}
          />
          <p className="mt-2 flex flex-wrap gap-4 text-sm text-slate-700">
            <span>
              <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-brand-600 align-middle" />
              Forbruk (kWh)
            </span>
            <span>
              <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-4 bg-amber-600 align-middle" />
              Spotpris {point.priceArea} (øre/kWh uten mva)
            </span>
            <span>
              <span aria-hidden="true" className="mr-1 inline-block h-1 w-3 bg-slate-300 align-middle" />
              Mangler målerverdi
            </span>
          </p>
          <details className="mt-4">
            <summary className="cursor-pointer font-medium text-brand-800">Vis tallene som tabell</summary>
            <div className="mt-3">
              <DataTable
                id="forbruk-tabell"
                caption={`Forbruk ${title}`}
                columns={["Tidspunkt", "Forbruk", "Spotpris", "Spotpris × forbruk"]}
                minWidthClass="min-w-[32rem]"
              >
                {data.buckets.map((b, i) => (
                  <tr key={b.start.toISOString()}>
                    <RowHeader className="font-normal">
                      <time dateTime={osloIsoString(b.start)}>{labels[i]}</time>
                    </RowHeader>
                    <Cell className="tabular-nums">{b.kwh === null ? "Mangler" : kwhText(b.kwh, 3)}</Cell>
                    <Cell className="tabular-nums">
                      {b.priceOrePerKwh === null ? "–" : `${decimalText(b.priceOrePerKwh)} øre/kWh`}
                    </Cell>
                    <Cell className="tabular-nums">
                      {b.spotCostOre === null ? "–" : `${decimalText(b.spotCostOre)} øre`}
                    </Cell>
                  </tr>
                ))}
              </DataTable>
            </div>
          </details>
        </Card>
      </section>

      <Card aria-labelledby="kostnad-tittel">
        <h2 id="kostnad-tittel" className="text-xl font-semibold text-slate-900">
          Hva kostet strømmen?
        </h2>
        <dl className="mt-3 divide-y divide-slate-100">
          <CostRow label="Strøm (spotpris × forbruk, time for time)" ore={cost.energyOre} />
          <CostRow label="Påslag" ore={cost.markupOre} />
          <CostRow label="Månedsbeløp" ore={cost.monthlyFeeOre} />
          <CostRow
            label={point.vatExempt ? "Merverdiavgift (fritatt)" : "Merverdiavgift 25 %"}
            ore={cost.retailVatOre}
          />
          <CostRow label="Fra Klarkraft" ore={cost.retailTotalOre} strong />
          {scheme ? (
            <CostRow
              label="Norgespris-oppgjør via nettselskapet (estimat)"
              ore={cost.norgesprisOre + cost.schemeVatOre}
            />
          ) : (
            <CostRow
              label="Strømstøtte via nettselskapet (estimat)"
              ore={cost.stromstotteOre + cost.schemeVatOre}
            />
          )}
          <CostRow label="Estimert strømkostnad" ore={cost.totalOre} strong />
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          {vatNote} Nettleie og avgifter til nettselskapet kommer i tillegg og er ikke med. Strømstøtte og
          Norgespris beregnes og gjøres opp av nettselskapet ditt på nettleiefakturaen, så tallene her er et
          estimat.
          {cost.unpricedKwh !== "0.0000" &&
            ` ${kwhText(cost.unpricedKwh)} mangler spotpris ennå og er ikke med i beløpene.`}{" "}
          Hvert interval prises med spotprisen for samme interval; en timeverdi med snittet av timens fire
          kvartersspriser. Hver linje summeres nøyaktig per måned og avrundes én gang til hele øre.
        </p>
        {cost.months.length > 1 && (
          <div className="mt-4">
            <DataTable
              id="kostnad-maned"
              caption="Per måned"
              columns={["Måned", "Forbruk", "Fra Klarkraft", "Estimert totalt"]}
              minWidthClass="min-w-[28rem]"
            >
              {cost.months.map((m) => (
                <tr key={m.month}>
                  <RowHeader className="font-normal first-letter:uppercase">{monthName(m.month)}</RowHeader>
                  <Cell className="tabular-nums">{kwhText(m.kwh)}</Cell>
                  <Cell className="tabular-nums">{kronerText(m.retailTotalOre)}</Cell>
                  <Cell className="tabular-nums">{kronerText(m.totalOre)}</Cell>
                </tr>
              ))}
            </DataTable>
          </div>
        )}
      </Card>

      <p>
        <Link href="/min-side/forbruk/norgespris" className={LINK}>
          Norgespris eller spotpris? Se hva det ville ha kostet deg de siste tolv månedene
        </Link>
      </p>

      <Card aria-labelledby="last-ned-tittel">
        <h2 id="last-ned-tittel" className="text-xl font-semibold text-slate-900">
          Last ned
        </h2>
        <p className="mt-2 text-slate-700">
          Forbruket for {title} per {RESOLUTION_LABELS[view.resolution].toLowerCase()}, med tidspunkt i ISO
          8601 og norsk tidssone.
        </p>
        <ul className="mt-3 flex flex-wrap gap-4">
          <li>
            <a className={LINK} href={`/min-side/forbruk/eksport?format=csv&${exportQuery}`} download>
              Last ned CSV
            </a>
          </li>
          <li>
            <a className={LINK} href={`/min-side/forbruk/eksport?format=json&${exportQuery}`} download>
              Last ned JSON
            </a>
          </li>
        </ul>
      </Card>
    </div>
  );
}

function comparisonText(what: string, kwh: string, beforeKwh: string): string {
  if (beforeKwh === "0.0000") return `Ingen data for ${what}.`;
  const change = changePercent(Number(kwh), Number(beforeKwh));
  const direction =
    change === null
      ? ""
      : change === 0
        ? "like mye som"
        : change > 0
          ? `${change} % mer enn`
          : `${-change} % mindre enn`;
  return `${direction} ${what} (${kwhText(beforeKwh, 0)})`.trim();
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}

function CostRow({ label, ore, strong = false }: { label: string; ore: number; strong?: boolean }) {
  return (
    <div className={`flex flex-wrap justify-between gap-x-4 py-2 ${strong ? "font-semibold" : ""}`}>
      <dt className="text-slate-700">{label}</dt>
      <dd className="tabular-nums text-slate-900">{kronerText(ore)}</dd>
    </div>
  );
}

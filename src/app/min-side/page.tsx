import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { monthName } from "@/features/consumption";
import { type ConsumptionSummary, getConsumptionSummary } from "@/features/consumption/server";
import { getCustomerOverview, type OverviewContract } from "@/features/overview/server";
import { CONTROLLER } from "@/features/privacy";
import { requireCustomer } from "@/features/sign-in/routes";
import { kronerText, kwhText } from "@/platform/format/display";
import { addDays, osloDate } from "@/platform/time/oslo-calendar";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { DetailRow } from "@/ui/detail-row";
import { DigitGroups } from "@/ui/digit-groups";

export const metadata: Metadata = { title: "Oversikt" };

export default async function OverviewPage() {
  const session = await requireCustomer("/min-side");
  const [overview, usage] = await Promise.all([
    getCustomerOverview(session.customerId),
    getConsumptionSummary(session.customerId),
  ]);
  if (!overview) notFound();
  const attention = attentionItems(overview.contracts, usage);

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Hei, {overview.name}</h1>
        <p className="text-slate-700">
          Kundenummer <span className="font-semibold tabular-nums">{overview.customerNumber}</span>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {overview.status}
        </p>
        {overview.contracts.map((contract) => (
          <p key={contract.id} className="text-slate-700">
            {contractLine(contract)}
          </p>
        ))}
      </header>

      {usage && (
        <section aria-labelledby="forbruk-tittel" className="space-y-4">
          <h2 id="forbruk-tittel" className="text-2xl font-bold text-slate-900">
            Forbruket ditt
          </h2>
          <dl className="grid gap-3 sm:grid-cols-2">
            <UsageFigure
              label={`Hittil i ${monthName(usage.thisMonth.month).split(" ")[0]}`}
              month={usage.thisMonth}
            />
            <UsageFigure label={`I ${monthName(usage.lastMonth.month)}`} month={usage.lastMonth} />
          </dl>
          <p className="text-sm text-slate-700">
            Estimert strømkostnad med påslag, månedsbeløp, mva og strømstøtte eller Norgespris (som
            nettselskapet gjør opp). Nettleie kommer i tillegg.{" "}
            <a href="/min-side/forbruk" className="font-medium text-brand-700 underline hover:no-underline">
              Se forbruket time for time
            </a>
          </p>
        </section>
      )}

      <section aria-labelledby="oppmerksomhet-tittel" className="space-y-3">
        <h2 id="oppmerksomhet-tittel" className="text-2xl font-bold text-slate-900">
          Trenger du å gjøre noe?
        </h2>
        {attention.length === 0 ? (
          <p className="text-slate-700">Nei, alt ser greit ut.</p>
        ) : (
          <ul className="list-disc space-y-2 pl-5 text-slate-800">
            {attention.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="avtaler-tittel" className="space-y-4">
        <h2 id="avtaler-tittel" className="text-2xl font-bold text-slate-900">
          {overview.contracts.length > 1 ? "Strømavtalene dine" : "Strømavtalen din"}
        </h2>
        {overview.contracts.length === 0 ? (
          <Card>
            <p className="text-slate-700">
              Du har ingen aktiv strømavtale hos oss akkurat nå. Har du nettopp blitt kunde, vises avtalen her
              så snart leverandørbyttet er registrert.
            </p>
            <p className="mt-3">
              Lurer du på noe? Skriv til{" "}
              <a
                href={`mailto:${CONTROLLER.customerServiceEmail}`}
                className="font-medium text-brand-700 underline hover:no-underline"
              >
                {CONTROLLER.customerServiceEmail}
              </a>
              .
            </p>
          </Card>
        ) : (
          <ul className="space-y-4">
            {overview.contracts.map((contract) => (
              <li key={contract.id}>
                <ContractCard contract={contract} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ContractCard({ contract }: { contract: OverviewContract }) {
  const headingId = `avtale-${contract.id}`;
  const point = contract.meteringPoint;
  return (
    <Card as="article" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="mr-auto text-xl font-semibold text-brand-900">
          {contract.product}
        </h3>
        {contract.norgespris && <Badge tone="brand">Norgespris</Badge>}
        <Badge tone={contract.active ? "success" : "warning"}>{contract.status}</Badge>
      </div>

      <div className="mt-5 grid gap-6 md:grid-cols-2">
        <div>
          <h4 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Pris</h4>
          <dl className="mt-2 divide-y divide-slate-100">
            {contract.fixedPrice && <DetailRow label="Fastpris">{contract.fixedPrice}</DetailRow>}
            {contract.fixedUntil && (
              <DetailRow label="Fastprisen gjelder til">
                <time dateTime={contract.fixedUntil.iso}>{contract.fixedUntil.text}</time>
              </DetailRow>
            )}
            <DetailRow label="Påslag">{contract.markup}</DetailRow>
            <DetailRow label="Månedsbeløp">{contract.monthlyFee}</DetailRow>
            <DetailRow label="Startdato">
              <time dateTime={contract.startDate.iso}>{contract.startDate.text}</time>
            </DetailRow>
          </dl>
          <p className="mt-2 text-sm text-slate-600">
            Priser er oppgitt uten merverdiavgift.
            {contract.norgespris &&
              " Med Norgespris får du en fast strømpris fra staten. Påslaget og månedsbeløpet i avtalen med oss gjelder som før."}
          </p>
        </div>

        <div>
          <h4 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Målepunkt</h4>
          <dl className="mt-2 divide-y divide-slate-100">
            <DetailRow label="Målepunkt-ID">
              <DigitGroups value={point.gsrn} />
            </DetailRow>
            <DetailRow label="Målernummer">
              <span className="font-mono">{point.meterNumber}</span>
            </DetailRow>
            <DetailRow label="Adresse">{point.address}</DetailRow>
            <DetailRow label="Prisområde">{point.priceArea}</DetailRow>
            <DetailRow label="Nettselskap">{point.gridCompany}</DetailRow>
          </dl>
        </div>
      </div>
    </Card>
  );
}

function contractLine(contract: OverviewContract): string {
  const price = contract.fixedPrice ? `fastpris ${contract.fixedPrice}` : `spotpris + ${contract.markup}`;
  return `Strømavtale: ${contract.product} (${price}, ${contract.monthlyFee}/mnd)${contract.norgespris ? " med Norgespris" : ""}, ${contract.meteringPoint.address}.`;
}

function UsageFigure({ label, month }: { label: string; month: ConsumptionSummary["thisMonth"] }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600 first-letter:uppercase">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums">
        {kwhText(month.kwh, 0)}
        <span className="block text-base font-normal">ca. {kronerText(month.totalOre)}</span>
      </dd>
    </div>
  );
}

/** What the customer should know or do now, in plain Norwegian. */
function attentionItems(contracts: OverviewContract[], usage: ConsumptionSummary | null): string[] {
  const items: string[] = [];
  const in90Days = addDays(osloDate(new Date()), 90);
  for (const contract of contracts) {
    if (!contract.active)
      items.push("Leverandørbyttet er ikke fullført ennå. Vi sier fra når strømmen leveres av oss.");
    if (contract.fixedUntil && contract.fixedUntil.iso <= in90Days) {
      items.push(
        `Fastprisen din gjelder til ${contract.fixedUntil.text}. Velg hva avtalen skal være etter det.`,
      );
    }
  }
  if (usage && usage.missingHoursLastWeek > 0) {
    items.push(
      `Vi mangler målerverdier for ${usage.missingHoursLastWeek} timer den siste uka. De kommer vanligvis fra Elhub morgenen etter; vises de ikke, kan du kontakte oss.`,
    );
  }
  return items;
}

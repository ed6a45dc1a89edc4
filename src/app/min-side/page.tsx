import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BEFORE_SUPPLY, dottedDate, FEE_RULE, monthName } from "@/features/consumption";
import { type ConsumptionSummary, getConsumptionSummary } from "@/features/consumption/server";
import { nextInvoiceToPay } from "@/features/invoices/server";
import { NextInvoiceCard } from "@/features/invoices/ui";
import { getCustomerOverview, type OverviewContract } from "@/features/overview/server";
import { ContractCard, contractLine } from "@/features/overview/ui";
import { CONTROLLER } from "@/features/privacy";
import { requireCustomer } from "@/features/sign-in/routes";
import { kronerText, kwhText } from "@/platform/format/display";
import { CUSTOMER_STATUS_LABELS } from "@/platform/format/labels";
import { addDays, osloDate } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Oversikt" };

export default async function OverviewPage() {
  const session = await requireCustomer("/min-side");
  const [overview, usage, nextInvoice] = await Promise.all([
    getCustomerOverview(session.customerId),
    getConsumptionSummary(session.customerId),
    nextInvoiceToPay(session.customerId),
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
          {CUSTOMER_STATUS_LABELS[overview.status]}
        </p>
        {overview.contracts.map((contract) => (
          <p key={contract.id} className="text-slate-700">
            {contractLine(contract)}
          </p>
        ))}
      </header>

      <NextInvoiceCard invoice={nextInvoice} />

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
            nettselskapet gjør opp). Nettleie kommer i tillegg. {FEE_RULE}{" "}
            <a href="/min-side/forbruk" className="font-medium text-brand-700 underline hover:no-underline">
              Se forbruket per kvarter eller time
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

function UsageFigure({ label, month }: { label: string; month: ConsumptionSummary["thisMonth"] }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600 first-letter:uppercase">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums">
        {kwhText(month.kwh, 0)}
        <span className="block text-base font-normal">{monthCostText(month)}</span>
      </dd>
    </div>
  );
}

/** The month's cost of our supply: none before the customer joined, and from which day when they joined in it. */
function monthCostText(month: ConsumptionSummary["thisMonth"]): string {
  if (!month.supplied) return `Forbruk ${BEFORE_SUPPLY}, ingen kostnad hos oss`;
  const from = month.suppliedFrom ? ` fra ${dottedDate(month.suppliedFrom)}` : "";
  return `ca. ${kronerText(month.totalOre)}${from}`;
}

/** What the customer should know or do now, in plain Norwegian. */
function attentionItems(contracts: OverviewContract[], usage: ConsumptionSummary | null): string[] {
  const items: string[] = [];
  const in90Days = addDays(osloDate(new Date()), 90);
  for (const contract of contracts) {
    if (contract.status !== "ACTIVE")
      items.push("Leverandørbyttet er ikke fullført ennå. Vi sier fra når strømmen leveres av oss.");
    if (contract.fixedUntil && osloDate(contract.fixedUntil) <= in90Days) {
      items.push(
        `Fastprisen din gjelder til ${osloDateLong(contract.fixedUntil)}. Velg hva avtalen skal være etter det.`,
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

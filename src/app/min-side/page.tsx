import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DigitGroups } from "@/components/ui/digit-groups";
import { CONTROLLER } from "@/domain/privacy/vocabulary";
import { requireCustomer } from "@/server/auth/guards";
import { getCustomerOverview, type OverviewContract } from "@/server/services/customer-overview";

export const metadata: Metadata = { title: "Oversikt" };

export default async function OverviewPage() {
  const session = await requireCustomer("/min-side");
  const overview = await getCustomerOverview(session.customerId);
  if (!overview) notFound();

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
      </header>

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
            {contract.fixedPrice && <Row label="Fastpris">{contract.fixedPrice}</Row>}
            {contract.fixedUntil && (
              <Row label="Fastprisen gjelder til">
                <time dateTime={contract.fixedUntil.iso}>{contract.fixedUntil.text}</time>
              </Row>
            )}
            <Row label="Påslag">{contract.markup}</Row>
            <Row label="Månedsbeløp">{contract.monthlyFee}</Row>
            <Row label="Startdato">
              <time dateTime={contract.startDate.iso}>{contract.startDate.text}</time>
            </Row>
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
            <Row label="Målepunkt-ID">
              <DigitGroups value={point.gsrn} />
            </Row>
            <Row label="Målernummer">
              <span className="font-mono">{point.meterNumber}</span>
            </Row>
            <Row label="Adresse">{point.address}</Row>
            <Row label="Prisområde">{point.priceArea}</Row>
            <Row label="Nettselskap">{point.gridCompany}</Row>
          </dl>
        </div>
      </div>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}

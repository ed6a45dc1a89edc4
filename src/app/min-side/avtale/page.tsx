import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContractDocumentLinks } from "@/app/min-side/avtale/contract-document-card";
import { ProductChangeForm, TerminationForm } from "@/app/min-side/avtale/contract-forms";
import { MoveForm } from "@/app/min-side/avtale/move-form";
import { contractNotice } from "@/app/min-side/avtale/notices";
import { WithdrawalOffer, WithdrawnCard } from "@/app/min-side/avtale/withdrawal-card";
import {
  CONTRACT_CHANGE_MAX_DAYS_AHEAD,
  MOVE_MAX_DAYS_AHEAD,
  MOVE_MAX_DAYS_BACK,
  PRODUCT_OFFERS,
} from "@/features/contracts";
import { type ContractView, getContracts } from "@/features/contracts/server";
import { norwegianDate, PriceRows } from "@/features/contracts/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { decimalText, kronerText } from "@/platform/format/display";
import { CONTRACT_PRODUCT_LABELS, CONTRACT_STATUS_LABELS, USAGE_TYPE_LABELS } from "@/platform/format/labels";
import { addDays } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { DetailRow } from "@/ui/detail-row";
import { DigitGroups } from "@/ui/digit-groups";

export const metadata: Metadata = { title: "Avtale" };

const ENDED_BY = {
  "product-change": "Byttet produkt",
  move: "Flyttet",
  termination: "Sagt opp",
  withdrawal: "Angret",
} as const;

export default async function ContractPage({
  searchParams,
}: {
  searchParams: Promise<{ melding?: string | string[] }>;
}) {
  const session = await requireCustomer("/min-side/avtale");
  const { melding } = await searchParams;
  const message = contractNotice(melding);
  const page = await getContracts(session.customerId);
  if (!page) notFound();
  const current = page.contracts.filter((c) => c.current);
  const earliest = addDays(page.today, 1);
  const latest = addDays(page.today, CONTRACT_CHANGE_MAX_DAYS_AHEAD);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Avtale</h1>
      {message && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {message}
        </p>
      )}
      {current.length === 0 && (
        <Card>
          <p>Du har ingen løpende strømavtale hos oss.</p>
        </Card>
      )}
      {current.map((contract) => (
        <Card key={contract.id} as="article" aria-labelledby={`avtale-${contract.id}`}>
          <h2 id={`avtale-${contract.id}`} className="text-2xl font-semibold text-brand-900">
            {CONTRACT_PRODUCT_LABELS[contract.product]}
          </h2>
          <ContractTerms contract={contract} vatBasisPoints={page.vatBasisPoints} />
          <ContractDocumentLinks contractId={contract.id} termsVersion={contract.termsVersion} />
          <WithdrawalOffer customerId={session.customerId} contract={contract} today={page.today} />
          {contract.endDate !== null && (
            <p className="mt-4 text-slate-700">
              Avtalen har en planlagt endring: siste dag er {norwegianDate(addDays(contract.endDate, -1))}.
              Vil du endre dette, kontakt kundeservice.
            </p>
          )}
          {contract.endDate === null && contract.startDate <= page.today && (
            <div className="mt-6 grid gap-6 md:grid-cols-2">
              <section
                aria-labelledby={`bytt-${contract.id}`}
                className="rounded-md border border-slate-200 p-4"
              >
                <h3 id={`bytt-${contract.id}`} className="mb-3 text-lg font-semibold">
                  Bytt produkt
                </h3>
                <p className="mb-3 text-sm text-slate-700">
                  Et nytt produkt er en ny avtale, med dagens priser og{" "}
                  <a href="/avtalevilkar" target="_blank" rel="noopener" className="text-brand-700 underline">
                    avtalevilkårene som gjelder nå (åpnes i ny fane)
                  </a>
                  . Du får et nytt avtaledokument.
                </p>
                <ProductChangeForm
                  contractId={contract.id}
                  earliest={earliest}
                  latest={latest}
                  choices={(["SPOT", "FIXED"] as const)
                    .filter((p) => p !== contract.product)
                    .map((p) => ({ value: p, label: offerText(p) }))}
                />
              </section>
              <section
                aria-labelledby={`si-opp-${contract.id}`}
                className="rounded-md border border-slate-200 p-4"
              >
                <h3 id={`si-opp-${contract.id}`} className="mb-3 text-lg font-semibold">
                  Si opp avtalen
                </h3>
                <p className="mb-3 text-sm text-slate-700">
                  Flytter du? Meld flytting under, så følger avtalen med deg til den nye adressen.
                </p>
                <TerminationForm contractId={contract.id} earliest={earliest} latest={latest} />
              </section>
              <section
                aria-labelledby={`flytt-${contract.id}`}
                className="rounded-md border border-slate-200 p-4 md:col-span-2"
              >
                <h3 id={`flytt-${contract.id}`} className="mb-3 text-lg font-semibold">
                  Meld flytting
                </h3>
                <p className="mb-3 text-sm text-slate-700">
                  Skriv flyttedatoen og den nye adressen. Vi finner målepunktet der i Elhub og viser deg hva
                  du får før du bekrefter. Avtalen på {contract.meteringPoint.address} slutter dagen før.
                </p>
                <MoveForm
                  contractId={contract.id}
                  earliest={
                    [addDays(page.today, -MOVE_MAX_DAYS_BACK), addDays(contract.startDate, 1)].sort()[1] ?? ""
                  }
                  latest={addDays(page.today, MOVE_MAX_DAYS_AHEAD)}
                  suggested={earliest}
                />
              </section>
            </div>
          )}
        </Card>
      ))}

      {page.contracts
        .filter((c) => c.withdrawnAt !== null)
        .map((c) => (
          <WithdrawnCard key={c.id} customerId={session.customerId} contract={c} />
        ))}

      <Card aria-labelledby="historikk-tittel">
        <h2 id="historikk-tittel" className="text-xl font-semibold text-slate-900">
          Avtalehistorikk
        </h2>
        <div className="mt-3">
          <DataTable
            id="avtalehistorikk"
            caption="Alle avtalene dine, nyeste først"
            hideCaption
            columns={["Produkt", "Fra", "Til", "Målepunkt", "Status", "Endring"]}
            minWidthClass="min-w-[42rem]"
          >
            {page.contracts.map((c) => (
              <tr key={c.id}>
                <RowHeader>{CONTRACT_PRODUCT_LABELS[c.product]}</RowHeader>
                <Cell>{norwegianDate(c.startDate)}</Cell>
                <Cell>{c.endDate ? `${norwegianDate(addDays(c.endDate, -1))} (siste dag)` : "Løpende"}</Cell>
                <Cell>{c.meteringPoint.address}</Cell>
                <Cell>
                  {c.current && c.startDate > page.today
                    ? "Starter senere"
                    : c.current
                      ? CONTRACT_STATUS_LABELS[c.status]
                      : "Avsluttet"}
                </Cell>
                <Cell>{c.endedBy ? ENDED_BY[c.endedBy] : ""}</Cell>
              </tr>
            ))}
          </DataTable>
        </div>
      </Card>
    </div>
  );
}

function offerText(product: "SPOT" | "FIXED"): string {
  const offer = PRODUCT_OFFERS[product];
  return offer.fixedPriceOrePerKwh
    ? `${offer.name}: ${decimalText(offer.fixedPriceOrePerKwh)} øre/kWh, ${kronerText(offer.monthlyFeeOre)}/mnd (uten mva)`
    : `${offer.name}: spotpris + ${decimalText(offer.markupOrePerKwh)} øre/kWh, ${kronerText(offer.monthlyFeeOre)}/mnd (uten mva)`;
}

function ContractTerms({ contract, vatBasisPoints }: { contract: ContractView; vatBasisPoints: number }) {
  const point = contract.meteringPoint;
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <dl className="divide-y divide-slate-100">
        <PriceRows terms={contract} vatExempt={point.vatExempt} vatBasisPoints={vatBasisPoints} />
        <DetailRow label="Startdato">{norwegianDate(contract.startDate)}</DetailRow>
        {contract.endDate && (
          <DetailRow label="Siste dag">{norwegianDate(addDays(contract.endDate, -1))}</DetailRow>
        )}
        <DetailRow label="Norgespris">
          {point.norgesprisSince
            ? `Ja, fra ${norwegianDate(point.norgesprisSince)} (avtales med nettselskapet)`
            : "Nei (strømstøtte fra nettselskapet gjelder for bolig)"}
        </DetailRow>
      </dl>
      <dl className="divide-y divide-slate-100">
        <DetailRow label="Målepunkt-ID">
          <DigitGroups value={point.gsrn} />
        </DetailRow>
        <DetailRow label="Adresse">{point.address}</DetailRow>
        <DetailRow label="Bruk">{USAGE_TYPE_LABELS[point.usageType]}</DetailRow>
        <DetailRow label="Prisområde">{point.priceArea}</DetailRow>
        <DetailRow label="Nettselskap">{point.gridCompany}</DetailRow>
        <DetailRow label="Merverdiavgift">{point.vatExempt ? "Fritatt (Nord-Norge)" : "25 %"}</DetailRow>
      </dl>
    </div>
  );
}

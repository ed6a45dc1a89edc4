import { decimalText, kronerText } from "@/platform/format/display";
import { CONTRACT_PRODUCT_LABELS, CONTRACT_STATUS_LABELS, PRICE_AREA_LABELS } from "@/platform/format/labels";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { DetailRow } from "@/ui/detail-row";
import { DigitGroups } from "@/ui/digit-groups";
import { CalendarDate } from "@/ui/time-text";
import type { OverviewContract } from "../server/customer-overview";

/** One current contract on Min side's front page: its price and its metering point. */
export function ContractCard({ contract }: { contract: OverviewContract }) {
  const headingId = `avtale-${contract.id}`;
  const point = contract.meteringPoint;
  return (
    <Card as="article" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="mr-auto text-xl font-semibold text-brand-900">
          {CONTRACT_PRODUCT_LABELS[contract.product]}
        </h3>
        {contract.norgespris && <Badge tone="brand">Norgespris</Badge>}
        <Badge tone={contract.status === "ACTIVE" ? "success" : "warning"}>
          {CONTRACT_STATUS_LABELS[contract.status]}
        </Badge>
      </div>

      <div className="mt-5 grid gap-6 md:grid-cols-2">
        <div>
          <h4 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Pris</h4>
          <dl className="mt-2 divide-y divide-slate-100">
            {contract.fixedPriceOrePerKwh && (
              <DetailRow label="Fastpris">{decimalText(contract.fixedPriceOrePerKwh)} øre/kWh</DetailRow>
            )}
            {contract.fixedUntil && (
              <DetailRow label="Fastprisen gjelder til">
                <CalendarDate date={contract.fixedUntil} />
              </DetailRow>
            )}
            <DetailRow label="Påslag">{decimalText(contract.markupOrePerKwh)} øre/kWh</DetailRow>
            <DetailRow label="Månedsbeløp">{kronerText(contract.monthlyFeeOre)}</DetailRow>
            <DetailRow label="Startdato">
              <CalendarDate date={contract.startDate} />
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
            <DetailRow label="Prisområde">{PRICE_AREA_LABELS[point.priceArea]}</DetailRow>
            <DetailRow label="Nettselskap">{point.gridCompany}</DetailRow>
          </dl>
        </div>
      </div>
    </Card>
  );
}

/** The header's one-line summary of a contract. */
export function contractLine(contract: OverviewContract): string {
  const price = contract.fixedPriceOrePerKwh
    ? `fastpris ${decimalText(contract.fixedPriceOrePerKwh)} øre/kWh`
    : `spotpris + ${decimalText(contract.markupOrePerKwh)} øre/kWh`;
  const product = CONTRACT_PRODUCT_LABELS[contract.product];
  return `Strømavtale: ${product} (${price}, ${kronerText(contract.monthlyFeeOre)}/mnd)${contract.norgespris ? " med Norgespris" : ""}, ${contract.meteringPoint.address}.`;
}

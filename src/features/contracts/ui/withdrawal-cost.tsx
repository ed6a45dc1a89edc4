// What the days supplied before a withdrawal cost: the lines of Klarkraft's invoice, each rounded once to
// whole øre, summing to the total. No hooks: used by the contract page.
import type { CostSummary } from "@/features/pricing";
import { kronerText, kwhText } from "@/platform/format/display";
import { DetailRow } from "@/ui/detail-row";

export function WithdrawalCost({ cost, days }: { cost: CostSummary; days: number }) {
  const dayWord = days === 1 ? "dag" : "dager";
  return (
    <div className="mt-3">
      <dl className="divide-y divide-slate-100">
        <DetailRow label="Forbruk">{kwhText(cost.kwh)}</DetailRow>
        <DetailRow label="Strøm (pris × forbruk)">{kronerText(cost.energyOre)}</DetailRow>
        <DetailRow label="Påslag">{kronerText(cost.markupOre)}</DetailRow>
        <DetailRow label={`Månedsbeløp for ${days} ${dayWord}`}>{kronerText(cost.monthlyFeeOre)}</DetailRow>
        <DetailRow label={cost.vatExempt ? "Merverdiavgift (fritatt)" : "Merverdiavgift"}>
          {kronerText(cost.retailVatOre)}
        </DetailRow>
        <DetailRow label="Du betaler">
          <strong>{kronerText(cost.retailTotalOre)}</strong>
        </DetailRow>
      </dl>
      <p className="mt-2 text-sm text-slate-700">
        Regnet som på fakturaen: forbruket ditt time for time ganget med avtalens pris, påslaget per kWh, og
        månedsbeløpet for {days} {dayWord} av månedens dager, med merverdiavgift. Hver linje er rundet til
        hele øre, og linjene er summen.
        {Number(cost.unpricedKwh) > 0 &&
          ` ${kwhText(cost.unpricedKwh)} har ikke fått pris ennå og kommer med på fakturaen.`}{" "}
        Målinger for de siste dagene kan komme senere; fakturaen tar dem med.
      </p>
    </div>
  );
}

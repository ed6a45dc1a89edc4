// The period's figures: consumption, estimated cost and the comparison with the period before and the
// same period a year earlier; then why the figures may be partial (supply started later, gaps).
import type { ReactNode } from "react";
import { changePercent, decimalText, kronerText, kwhText } from "@/platform/format/display";
import { PERIOD_NOUNS } from "../domain/labels";
import type { ConsumptionData } from "../server/consumption";

export function ConsumptionFigures({ data }: { data: ConsumptionData }) {
  const nouns = PERIOD_NOUNS[data.view.kind];
  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Figure label="Forbruk">
          <span data-testid="total-kwh">{kwhText(data.kwh)}</span>
        </Figure>
        <Figure label="Estimert kostnad">{kronerText(data.cost.totalOre)}</Figure>
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
          Det mangler målerverdier for {decimalText(String(data.missingHours), data.missingHours % 1 ? 2 : 0)}{" "}
          timer i perioden. De vises som hull, ikke som null forbruk, og er ikke med i summene.
        </p>
      )}
    </>
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

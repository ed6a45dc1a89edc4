// The period's figures: consumption, estimated cost and the comparison with the period before and the
// same period a year earlier; then why the figures may be partial (supply started later, gaps).
import type { ReactNode } from "react";
import { changePercent, decimalText, kronerText, kwhText } from "@/platform/format/display";
import { BEFORE_SUPPLY, dottedDate, PERIOD_NOUNS } from "../domain/labels";
import type { ConsumptionData } from "../server/consumption";
import { SupplyStartNote } from "./before-supply";

export function ConsumptionFigures({ data }: { data: ConsumptionData }) {
  const nouns = PERIOD_NOUNS[data.view.kind];
  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Figure label="Forbruk">
          <span data-testid="total-kwh">{kwhText(data.kwh)}</span>
        </Figure>
        <CostFigure data={data} />
        <Figure label="Sammenlignet">
          <span className="block text-base font-normal">
            {comparisonText(nouns.previous.toLowerCase(), data.kwh, data.previous.kwh)}
          </span>
          <span className="block text-base font-normal">
            {comparisonText("samme periode i fjor", data.kwh, data.lastYear.kwh)}
          </span>
        </Figure>
      </dl>

      <SupplyStartNote data={data} />
      {data.missingHours > 0 && (
        <p className="text-slate-700">
          Det mangler målerverdier for {decimalText(String(data.missingHours), data.missingHours % 1 ? 2 : 0)}{" "}
          timer i perioden. De vises som hull, ikke som null forbruk, og er ikke med i summene.
        </p>
      )}
    </>
  );
}

/** The cost of the supplied days only: a period wholly before the supply has none of ours. */
function CostFigure({ data }: { data: ConsumptionData }) {
  if (data.suppliedFrom && data.cost.months.length === 0) {
    return (
      <Figure label="Estimert kostnad">
        <span className="block text-base font-normal">
          {data.beforeSupply
            ? `Ingen fra oss: forbruket er fra ${BEFORE_SUPPLY}.`
            : "Ingen: vi leverte ikke strøm til deg."}
        </span>
      </Figure>
    );
  }
  const label = data.suppliedFrom
    ? `Estimert kostnad fra ${dottedDate(data.suppliedFrom)}`
    : "Estimert kostnad";
  return <Figure label={label}>{kronerText(data.cost.totalOre)}</Figure>;
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

// The period's figures: consumption, estimated cost and the comparison with the period before and the
// same period a year earlier (for a period in progress, the same part of them: see domain/comparison.ts);
// then why the figures may be partial (supply started later, gaps).
import type { ReactNode } from "react";
import { changePercent, decimalText, kronerText, kwhText } from "@/platform/format/display";
import { addDays, osloDate, osloMidnight, osloParts } from "@/platform/time/oslo-calendar";
import { BEFORE_SUPPLY, dottedDate, monthName, PERIOD_NOUNS } from "../domain/labels";
import type { ConsumptionView } from "../domain/view";
import type { ConsumptionData } from "../server/consumption";
import { SupplyStartNote } from "./before-supply";

export function ConsumptionFigures({ data }: { data: ConsumptionData }) {
  const compared = comparedNames(data.view, data.comparedUntil !== null);
  const nothingYet = data.comparedUntil?.getTime() === osloMidnight(data.view.from).getTime();
  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Figure label="Forbruk">
          <span data-testid="total-kwh">{kwhText(data.kwh)}</span>
        </Figure>
        <CostFigure data={data} />
        <Figure label="Sammenlignet">
          {nothingYet ? (
            <span className="block text-base font-normal">Ingen målerverdier ennå.</span>
          ) : (
            <>
              <span className="block text-base font-normal">
                {comparisonText(compared.previous, data.kwh, data.previous.kwh)}
              </span>
              {data.lastYear && (
                <span className="block text-base font-normal">
                  {comparisonText(compared.lastYear, data.kwh, data.lastYear.kwh)}
                </span>
              )}
            </>
          )}
        </Figure>
      </dl>
      {data.comparedUntil && (
        <p className="text-slate-700" data-testid="sammenligning-hittil">
          {inProgressText(data.view, data.comparedUntil)}
        </p>
      )}

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

/** What each comparison is with: whole periods, or the same part of them for a period in progress. */
function comparedNames(view: ConsumptionView, inProgress: boolean): { previous: string; lastYear: string } {
  const previous = PERIOD_NOUNS[view.kind].previous.toLowerCase();
  if (!inProgress) return { previous, lastYear: "samme periode i fjor" };
  if (view.kind === "dag") {
    return { previous: "de samme timene forrige dag", lastYear: "de samme timene samme dag i fjor" };
  }
  if (view.kind === "maned") {
    return { previous: "de samme dagene forrige måned", lastYear: "de samme dagene i fjor" };
  }
  return { previous: "samme del av året i fjor", lastYear: "samme del av året i fjor" };
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

const two = (n: number) => String(n).padStart(2, "0");

/** "6. desember", "1. januar": a day of a month in words. */
function dayText(date: string): string {
  return `${Number(date.slice(8, 10))}. ${monthName(date.slice(0, 7)).split(" ")[0]}`;
}

/** Why a period in progress is compared by its part so far, and which part that is. */
function inProgressText(view: ConsumptionView, until: Date): string {
  const noun = PERIOD_NOUNS[view.kind].definite;
  const notOver = `${noun[0]?.toUpperCase()}${noun.slice(1)} er ikke over, og målerverdiene kommer fra Elhub morgenen etter.`;
  if (until.getTime() === osloMidnight(view.from).getTime()) {
    return `${notOver} Vi sammenligner når de første er kommet.`;
  }
  const { hour, minute } = osloParts(until);
  const clock = `${two(hour)}:${two(minute)}`;
  if (view.kind === "dag") {
    return `${notOver} Vi sammenligner timene 00:00–${clock} med de samme timene forrige dag og samme dag i fjor.`;
  }
  const wholeDays = hour === 0 && minute === 0;
  const last = wholeDays ? addDays(osloDate(until), -1) : osloDate(until);
  const first = last.slice(0, 7) === view.from.slice(0, 7) ? "1." : dayText(view.from);
  const span = `${first}–${dayText(last)}${wholeDays ? "" : ` kl. ${clock}`}`;
  const others = view.kind === "maned" ? "forrige måned og i fjor" : "i fjor";
  return `${notOver} Vi sammenligner ${span} med de samme dagene ${others}.`;
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}

import "server-only";
// costOfPeriod for the pages a customer opens (Forbruk, the overview, the download, the API): a closed
// month wholly inside the priced days is read from its stored cost while that still holds
// (month-cost-cache.ts), and stored once computed. A year by day then prices only the month in progress
// and any month whose hours or terms changed, instead of its 8,760 hours on every view. The billing run
// prices from the hours themselves (contract-month.ts): an invoice never rests on a stored figure.
import { type CostSummary, costSpan, isVatExempt, periodCost } from "@/features/pricing";
import { db } from "@/platform/db";
import { logError } from "@/platform/log";
import { addMonths } from "@/platform/time/oslo-calendar";
import { costOfPeriod } from "./cost-of-period";
import { noCost, suppliedSpan } from "./history-cost";
import { cachedMonths, monthInputsKey, storeMonths } from "./month-cost-cache";
import type { PricingInputs } from "./pricing-inputs";

interface Month {
  from: string;
  to: string;
}

/** The months [from, to) covers, both first days of a month. */
function monthsBetween(from: string, to: string): Month[] {
  const months: Month[] = [];
  for (let m = from; m < to; m = addMonths(m, 1)) months.push({ from: m, to: addMonths(m, 1) });
  return months;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** Consecutive months as runs [from, to): each is priced with one read of its hours. */
function runsOf(months: readonly Month[]): Month[] {
  const runs: Month[] = [];
  for (const m of months) {
    const last = runs.at(-1);
    if (last?.to === m.from) last.to = m.to;
    else runs.push({ ...m });
  }
  return runs;
}

/**
 * The cost of the customer's supply over [requestedFrom, to) as costOfPeriod gives it, with `today` the
 * Oslo date (a month is closed once its last day is past). Equal to costOfPeriod's result:
 * tests/integration/month-cost-cache.test.ts.
 */
export async function cachedCostOfPeriod(
  customerId: string,
  inputs: PricingInputs,
  requestedFrom: string,
  to: string,
  today: string,
): Promise<CostSummary> {
  const supplied = suppliedSpan(inputs, requestedFrom, to);
  if (!supplied) return noCost(inputs, requestedFrom);
  const span = costSpan({ from: supplied.from, to, today });
  const months = monthsBetween(span.months.from, span.months.to);
  const closed = months
    .filter((m) => span.reported.from <= m.from && m.to <= span.reported.to && m.to <= today)
    .map((m) => ({ from: m.from, key: monthInputsKey(inputs, m) }));
  if (closed.length === 0) return costOfPeriod(db, customerId, inputs, supplied.from, to, today);

  const scope = { customerId, meteringPointId: inputs.meteringPoint.id };
  const found = new Map((await cachedMonths(db, scope, closed)).map((m) => [m.from, m]));
  const unpriced = months.filter((m) => !found.get(m.from)?.cost);
  const priced = await Promise.all(
    runsOf(unpriced).map((run) =>
      costOfPeriod(db, customerId, inputs, later(run.from, supplied.from), run.to < to ? run.to : to, today),
    ),
  );
  const fresh = priced.flatMap((p) => p.months);
  const keys = new Map(closed.map((m) => [m.from, m.key]));
  const toStore = fresh.flatMap((cost) => {
    const from = `${cost.month}-01`;
    const key = keys.get(from);
    const hoursVersion = found.get(from)?.hoursVersion;
    return key === undefined || hoursVersion === undefined ? [] : [{ from, key, hoursVersion, cost }];
  });
  // A store that fails costs the next view a recomputation, not this one its answer.
  await storeMonths(db, scope, toStore).catch((error) => logError("consumption.month-cost-store", error));

  const stored = [...found.values()].flatMap((m) => (m.cost ? [m.cost] : []));
  const all = [...stored, ...fresh].sort((a, b) => a.month.localeCompare(b.month));
  return periodCost(all, isVatExempt(inputs.meteringPoint.municipalityNumber));
}

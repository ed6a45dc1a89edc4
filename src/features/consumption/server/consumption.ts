import "server-only";
// The Forbruk page's data: the signed-in customer's own metering points, and for the chosen one and
// period the buckets (aggregated in SQL), the area's spot price per bucket, the cost breakdown (the one
// cost function) and comparisons. Everything is bounded by the customer's own supply periods and the
// history before them; only supplied days are priced as supply. A metering point they were never
// supplied on is null, which the page and the download answer with 404.
import {
  type ContractTerms,
  type CostSummary,
  formatScaled,
  inDatePeriod,
  isVatExempt,
  parseScaled,
} from "@/features/pricing";
import { db } from "@/platform/db";
import { HOUR_MS } from "@/platform/time/durations";
import { osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { bucketStarts, type ConsumptionView, shiftView } from "../domain/view";
import { costOfPeriod } from "./cost-of-period";
import { currentTerms, firstSupplyDay, historyCost } from "./history-cost";
import { usageTotals } from "./hourly-usage";
import { ownPointsNewestFirst } from "./own-points";
import type { OwnMeteringPoint, PricingInputs } from "./pricing-inputs";
import { priceBuckets, type UsageBucket, usageBuckets } from "./usage-buckets";

export interface ConsumptionBucket {
  start: Date;
  /** kWh (4 decimals, as metered) or null: no readings at all in the bucket (a gap, never a zero). */
  kwh: string | null;
  /** Σ kWh × own spot price, øre (2 decimals); null if unknown. */
  spotCostOre: string | null;
  /** The area's mean spot price, øre/kWh excl. VAT. */
  priceOrePerKwh: string | null;
  /** Hours with readings, and the hours there should be (0 outside supply and history, or not yet metered). */
  coveredHours: number;
  expectedHours: number;
  /** The whole bucket lies before the customer's supply began: their history, not our supply. */
  beforeSupply: boolean;
}

/** A period to compare with: its key and the customer's kWh in it (0 outside their supply). */
export interface PeriodTotal {
  key: string;
  kwh: string;
}

export interface ConsumptionData {
  points: OwnMeteringPoint[];
  point: OwnMeteringPoint & {
    priceArea: string;
    vatExempt: boolean;
    usageType: PricingInputs["meteringPoint"]["usageType"];
    norgesprisToday: boolean;
  };
  view: ConsumptionView;
  /** The first date the customer was supplied on the point, when the view starts before it. */
  suppliedFrom: string | null;
  /** Where the customer's history before the supply begins, when the view starts before the supply. */
  historyFrom: string | null;
  /**
   * What the view's days before the supply would have cost with the contract the customer has with us
   * now (hypothetical; `terms`), or null when the view holds none of them. `cost` covers supplied days only.
   */
  beforeSupply: { cost: CostSummary; terms: ContractTerms | null } | null;
  buckets: ConsumptionBucket[];
  kwh: string;
  missingHours: number;
  cost: CostSummary;
  previous: PeriodTotal;
  lastYear: PeriodTotal;
}

/**
 * The Forbruk data for one of the customer's metering points (by GSRN; the newest when none is given),
 * or null when the customer has no such point.
 */
export async function getConsumption(
  customerId: string,
  view: ConsumptionView,
  gsrn: string | undefined,
  now = new Date(),
): Promise<ConsumptionData | null> {
  const own = await ownPointsNewestFirst(customerId, now);
  const points = own.map((o) => o.point);
  const found = gsrn === undefined ? own[0] : own.find((o) => o.point.gsrn === gsrn);
  if (!found) return null;
  const { point: chosen, inputs } = found;

  const scope = {
    customerId,
    meteringPointId: chosen.id,
    from: osloMidnight(view.from),
    to: osloMidnight(view.to),
  };
  const compared = [shiftView(view, "forrige"), shiftView(view, "ifjor")] as const;
  const [rows, prices, cost, history, [previousKwh = "0", lastYearKwh = "0"]] = await Promise.all([
    usageBuckets(db, scope, view.resolution),
    priceBuckets(db, scope, view.resolution),
    costOfPeriod(db, customerId, inputs, view.from, view.to),
    historyCost(db, customerId, inputs, view.from, view.to),
    usageTotals(
      db,
      { customerId, meteringPointId: chosen.id },
      compared.map((v) => ({ from: osloMidnight(v.from), to: osloMidnight(v.to) })),
    ),
  ]);
  const previous = { key: compared[0].key, kwh: formatScaled(parseScaled(previousKwh), 4) };
  const lastYear = { key: compared[1].key, kwh: formatScaled(parseScaled(lastYearKwh), 4) };

  const today = osloDate(now);
  const buckets = periodBuckets(view, rows, prices, inputs, today);
  const kwh = rows.reduce((sum, r) => sum + parseScaled(r.kwh), 0n);
  const missingHours = buckets.reduce((sum, b) => sum + Math.max(0, b.expectedHours - b.coveredHours), 0);
  const firstSupply = firstSupplyDay(inputs) ?? view.from;
  const firstHistory = inputs.history[0]?.from ?? null;

  return {
    points,
    point: {
      ...chosen,
      priceArea: inputs.meteringPoint.priceArea,
      vatExempt: isVatExempt(inputs.meteringPoint.municipalityNumber),
      usageType: inputs.meteringPoint.usageType,
      norgesprisToday: inputs.norgespris.some((p) => inDatePeriod(p, today)),
    },
    view,
    suppliedFrom: firstSupply > view.from ? firstSupply : null,
    historyFrom: firstSupply > view.from && firstHistory !== null ? firstHistory : null,
    beforeSupply: history && { cost: history, terms: currentTerms(inputs) },
    buckets,
    kwh: formatScaled(kwh, 4),
    missingHours,
    cost,
    previous,
    lastYear,
  };
}

/**
 * Every bucket of the view, with its readings and price where there are any, and the hours it should
 * have: readings for a day arrive the next morning, so only hours before today within the customer's
 * supply or history are expected.
 */
function periodBuckets(
  view: ConsumptionView,
  rows: UsageBucket[],
  prices: { start: Date; meanOrePerKwh: string }[],
  inputs: Pick<PricingInputs, "supply" | "history">,
  today: string,
): ConsumptionBucket[] {
  const byStart = new Map(rows.map((r) => [r.start.getTime(), r]));
  const priceByStart = new Map(prices.map((p) => [p.start.getTime(), p.meanOrePerKwh]));
  // At quarter resolution an hourly reading stays one hour long: its hour's other quarters are not buckets.
  const hourly = rows.filter((r) => view.resolution === "kvarter" && r.coveredHours === 1);
  const starts = bucketStarts(view).filter(
    (s) => !hourly.some((r) => s > r.start && s.getTime() < r.start.getTime() + HOUR_MS),
  );
  const windows = [...inputs.history, ...inputs.supply].map((s) => ({
    from: osloMidnight(s.from).getTime(),
    to: Math.min(s.to === null ? Infinity : osloMidnight(s.to).getTime(), osloMidnight(today).getTime()),
  }));
  const periodEnd = osloMidnight(view.to);
  const supplyStart = inputs.supply[0] ? osloMidnight(inputs.supply[0].from).getTime() : Infinity;
  return starts.map((start, i) => {
    const row = byStart.get(start.getTime());
    const end = (starts[i + 1] ?? periodEnd).getTime();
    const expectedMs = windows.reduce(
      (sum, w) => sum + Math.max(0, Math.min(end, w.to) - Math.max(start.getTime(), w.from)),
      0,
    );
    return {
      start,
      kwh: row ? formatScaled(parseScaled(row.kwh), 4) : null,
      spotCostOre: row?.spotCostOre ? formatScaled(parseScaled(row.spotCostOre), 2) : null,
      priceOrePerKwh: priceByStart.get(start.getTime()) ?? null,
      coveredHours: row?.coveredHours ?? 0,
      expectedHours: expectedMs / HOUR_MS,
      beforeSupply: end <= supplyStart,
    };
  });
}

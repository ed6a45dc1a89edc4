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
  intersect,
  isVatExempt,
  parseScaled,
} from "@/features/pricing";
import { db } from "@/platform/db";
import { osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { comparedWindows } from "../domain/comparison";
import type { EnergyPricing } from "../domain/cost-lines";
import type { ConsumptionView } from "../domain/view";
import { cachedCostOfPeriod } from "./cached-cost-of-period";
import { currentTerms, firstSupplyDay, historyCost } from "./history-cost";
import { meteredUntil, usageTotals } from "./hourly-usage";
import { ownPointsNewestFirst } from "./own-points";
import { type ConsumptionBucket, periodBuckets } from "./period-buckets";
import { type OwnMeteringPoint, type PricingInputs, supplyContracts } from "./pricing-inputs";
import { priceBuckets, usageBuckets } from "./usage-buckets";

export type { ConsumptionBucket };

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
  /**
   * For a period not yet over, where its readings reach so far (its start when there are none yet): the
   * comparisons cover the same part of the periods compared. Null for a period that is over.
   */
  comparedUntil: Date | null;
  /** How the energy line is priced in the period: by the spot price, a fixed price, or both. */
  energyPricing: EnergyPricing;
  previous: PeriodTotal;
  /** Null for a year, whose period before is already the same period last year. */
  lastYear: PeriodTotal | null;
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
  const inProgress = scope.to.getTime() > now.getTime();
  const comparedUntil = inProgress ? ((await meteredUntil(db, scope)) ?? scope.from) : null;
  const windows = comparedWindows(view, comparedUntil);
  const compared = windows.lastYear ? [windows.previous, windows.lastYear] : [windows.previous];
  const [rows, prices, cost, history, [previousKwh = "0", lastYearKwh = "0"]] = await Promise.all([
    usageBuckets(db, scope, view.resolution),
    priceBuckets(db, scope, view.resolution),
    cachedCostOfPeriod(customerId, inputs, view.from, view.to, osloDate(now)),
    historyCost(db, customerId, inputs, view.from, view.to),
    usageTotals(db, { customerId, meteringPointId: chosen.id }, compared),
  ]);
  const total = (key: string, kwh: string) => ({ key, kwh: formatScaled(parseScaled(kwh), 4) });
  const previous = total(windows.previous.key, previousKwh);
  const lastYear = windows.lastYear ? total(windows.lastYear.key, lastYearKwh) : null;

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
    comparedUntil,
    energyPricing: energyPricing(inputs, view),
    previous,
    lastYear,
  };
}

/** Whether the period's supply was priced by the spot price, a fixed price, or both. */
function energyPricing(inputs: PricingInputs, view: ConsumptionView): EnergyPricing {
  const products = new Set(
    supplyContracts(inputs)
      .filter((c) => intersect(c, { from: view.from, to: view.to }) !== null)
      .map((c) => c.product),
  );
  return products.has("FIXED") ? (products.has("SPOT") ? "both" : "fixed") : "spot";
}

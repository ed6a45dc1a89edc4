import "server-only";
// The Forbruk page's data: the signed-in customer's own metering points, and for the chosen one and
// period the buckets (aggregated in SQL), the area's spot price per bucket, the cost breakdown (the one
// cost function) and comparisons. Everything is bounded by the customer's own supply periods; a metering
// point they were never supplied on is null, which the page and the download answer with 404.
import {
  type CostSummary,
  costByMonth,
  formatScaled,
  inDatePeriod,
  intersect,
  isVatExempt,
  NORGESPRIS_FIRST_DAY,
  parseScaled,
} from "@/features/pricing";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { addDays, addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { bucketStarts, type ConsumptionView, shiftView } from "../domain/view";
import {
  costOfPeriod,
  hourlyUsage,
  type OwnMeteringPoint,
  ownPointsWithPricing,
  type PricingInputs,
  priceBuckets,
  supplyContracts,
  usageBuckets,
  usageTotals,
} from "./consumption-data";

export interface ConsumptionBucket {
  start: Date;
  /** kWh (4 decimals, as metered) or null: no readings at all in the bucket (a gap, never a zero). */
  kwh: string | null;
  /** Σ kWh × own spot price, øre (2 decimals); null if unknown. */
  spotCostOre: string | null;
  /** The area's mean spot price, øre/kWh excl. VAT. */
  priceOrePerKwh: string | null;
  /** Hours with readings, and the hours there should be (0 outside supply or not yet metered). */
  coveredHours: number;
  expectedHours: number;
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
  buckets: ConsumptionBucket[];
  kwh: string;
  missingHours: number;
  cost: CostSummary;
  previous: PeriodTotal;
  lastYear: PeriodTotal;
}

/**
 * The customer's metering points: those with a supply period of theirs, newest first — but one whose
 * supply starts later (a move reported ahead) after those supplied by today, so the default is the
 * point they live at now.
 */
export async function ownMeteringPoints(customerId: string, now = new Date()): Promise<OwnMeteringPoint[]> {
  return (await ownPricing(customerId, now)).map((o) => o.point);
}

/** The customer's points in that order, each with its pricing inputs; nothing for an id that is not a uuid. */
async function ownPricing(customerId: string, now: Date) {
  if (!isUuid(customerId)) return [];
  const own = await ownPointsWithPricing(db, customerId);
  const today = osloDate(now);
  const latestStart = (o: (typeof own)[number]) =>
    o.inputs.supply.reduce<string | null>(
      (latest, s) => (s.from <= today && (latest === null || s.from > latest) ? s.from : latest),
      null,
    );
  const started = own
    .filter((o) => latestStart(o) !== null)
    .sort((a, b) => (latestStart(b) ?? "").localeCompare(latestStart(a) ?? ""));
  return [...started, ...own.filter((o) => latestStart(o) === null)];
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
  const own = await ownPricing(customerId, now);
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
  const [rows, prices, cost, [previousKwh = "0", lastYearKwh = "0"]] = await Promise.all([
    usageBuckets(db, scope, view.resolution),
    priceBuckets(db, scope, view.resolution),
    costOfPeriod(db, customerId, inputs, view.from, view.to),
    usageTotals(
      db,
      { customerId, meteringPointId: chosen.id },
      compared.map((v) => ({ from: osloMidnight(v.from), to: osloMidnight(v.to) })),
    ),
  ]);
  const previous = { key: compared[0].key, kwh: formatScaled(parseScaled(previousKwh), 4) };
  const lastYear = { key: compared[1].key, kwh: formatScaled(parseScaled(lastYearKwh), 4) };

  const byStart = new Map(rows.map((r) => [r.start.getTime(), r]));
  const priceByStart = new Map(prices.map((p) => [p.start.getTime(), p.meanOrePerKwh]));
  // At quarter resolution an hourly reading stays one hour long: its hour's other quarters are not buckets.
  const hourly = rows.filter((r) => view.resolution === "kvarter" && r.coveredHours === 1);
  const starts = bucketStarts(view).filter(
    (s) => !hourly.some((r) => s > r.start && s.getTime() < r.start.getTime() + 3_600_000),
  );
  // Readings for a day arrive the next morning: only hours before today are expected; only supplied ones.
  const today = osloDate(now);
  const windows = inputs.supply.map((s) => ({
    from: osloMidnight(s.from).getTime(),
    to: Math.min(s.to === null ? Infinity : osloMidnight(s.to).getTime(), osloMidnight(today).getTime()),
  }));
  const periodEnd = osloMidnight(view.to);

  const buckets = starts.map((start, i) => {
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
      expectedHours: expectedMs / 3_600_000,
    };
  });
  const kwh = rows.reduce((sum, r) => sum + parseScaled(r.kwh), 0n);
  const missingHours = buckets.reduce((sum, b) => sum + Math.max(0, b.expectedHours - b.coveredHours), 0);
  const firstSupply = inputs.supply[0]?.from ?? view.from;

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
    buckets,
    kwh: formatScaled(kwh, 4),
    missingHours,
    cost,
    previous,
    lastYear,
  };
}

export interface MonthSoFar {
  /** "2026-11" */
  month: string;
  kwh: string;
  totalOre: number;
}

export interface ConsumptionSummary {
  gsrn: string;
  thisMonth: MonthSoFar;
  lastMonth: MonthSoFar;
  /** Hours without readings in the last seven full days of supply. */
  missingHoursLastWeek: number;
}

/** The overview's figures: this month so far and last month for the customer's newest metering point. */
export async function getConsumptionSummary(
  customerId: string,
  now = new Date(),
): Promise<ConsumptionSummary | null> {
  const [newest] = await ownPricing(customerId, now);
  if (!newest) return null;
  const { point, inputs } = newest;
  const today = osloDate(now);
  const thisMonth = monthStart(today);
  const lastMonth = addMonths(thisMonth, -1);
  const weekAgo = addDays(today, -7);
  const [current, previous, week] = await Promise.all([
    costOfPeriod(db, customerId, inputs, thisMonth, addDays(today, 1)),
    costOfPeriod(db, customerId, inputs, lastMonth, thisMonth),
    usageBuckets(
      db,
      { customerId, meteringPointId: point.id, from: osloMidnight(weekAgo), to: osloMidnight(today) },
      "dag",
    ),
  ]);
  const windows = inputs.supply
    .map((s) => intersect(s, { from: weekAgo, to: today }))
    .filter((w) => w !== null);
  const expected = windows.reduce(
    (sum, w) => sum + (osloMidnight(w.to ?? today).getTime() - osloMidnight(w.from).getTime()) / 3_600_000,
    0,
  );
  const covered = week.reduce((sum, b) => sum + b.coveredHours, 0);
  return {
    gsrn: point.gsrn,
    thisMonth: { month: thisMonth.slice(0, 7), kwh: current.kwh, totalOre: current.totalOre },
    lastMonth: { month: lastMonth.slice(0, 7), kwh: previous.kwh, totalOre: previous.totalOre },
    missingHoursLastWeek: Math.max(0, expected - covered),
  };
}

export interface SchemeComparisonMonth {
  month: string;
  kwh: string;
  /** Estimated total with the spot contract and strømstøtte (what applies without Norgespris). */
  withoutNorgesprisOre: number;
  /** Estimated total had Norgespris applied; null for months before 2025-10-01, when it did not exist. */
  withNorgesprisOre: number | null;
}

export interface SchemeComparison {
  gsrn: string;
  usageType: PricingInputs["meteringPoint"]["usageType"];
  vatExempt: boolean;
  hasNorgespris: boolean;
  months: SchemeComparisonMonth[];
}

/**
 * "Norgespris eller spotpris?": the customer's own last 12 full months priced twice by the one cost
 * function, with and without Norgespris, everything else (consumption, contract, VAT) unchanged.
 */
export async function compareNorgespris(
  customerId: string,
  now = new Date(),
): Promise<SchemeComparison | null> {
  const [newest] = await ownPricing(customerId, now);
  if (!newest) return null;
  const { point, inputs } = newest;
  const to = monthStart(osloDate(now));
  const from = addMonths(to, -12);
  const hours = await hourlyUsage(db, {
    customerId,
    meteringPointId: point.id,
    from: osloMidnight(from),
    to: osloMidnight(to),
  });
  const contracts = supplyContracts(inputs);
  const base = {
    contracts,
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    from,
    to,
  };
  const without = costByMonth(hours, { ...base, norgespris: [] });
  const withScheme = costByMonth(hours, { ...base, norgespris: [{ from: NORGESPRIS_FIRST_DAY, to: null }] });
  return {
    gsrn: point.gsrn,
    usageType: inputs.meteringPoint.usageType,
    vatExempt: isVatExempt(inputs.meteringPoint.municipalityNumber),
    hasNorgespris: inputs.norgespris.some((p) => inDatePeriod(p, osloDate(now))),
    months: without.months.map((m) => {
      const other = withScheme.months.find((n) => n.month === m.month);
      return {
        month: m.month,
        kwh: m.kwh,
        withoutNorgesprisOre: m.totalOre,
        withNorgesprisOre: `${m.month}-01` >= NORGESPRIS_FIRST_DAY && other ? other.totalOre : null,
      };
    }),
  };
}

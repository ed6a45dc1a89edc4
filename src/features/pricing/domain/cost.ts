// The one cost function: what a period of consumption costs, month by month, for the Forbruk page, the
// overview, the Norgespris comparison and the seed's invoices alike.
//
// Pairing: each interval's consumption meets the same interval's spot price; an hourly reading meets the
// mean of its hour's four quarter prices (or the hour's own price before 2025-10-01). Strømstøtte is per
// hour (the hour's consumption × 90 % of its mean price above the threshold) for the first 5 000 kWh of
// the month; Norgespris is per interval for the first 4 000 (home) / 1 000 (holiday home) kWh of the
// month, settled against the spot price. Both are settled by the grid company: they are estimates here.
//
// Rounding, stated once: every line of a month is summed exactly (BigInt, 10⁻¹⁰ øre) and rounded once to
// whole øre, halves away from zero (decimal.ts roundToWhole); VAT is the VAT rate × the exact net of the
// lines it is on (Klarkraft's: energy, markup, fee; the grid company's: strømstøtte or Norgespris), rounded
// the same way; a month's total is the sum of its rounded lines, a period's the sum of its months.
// Shares of a value (the part of an hour under a cap, a fee's days) are truncated at 10⁻¹⁰ øre first.
import {
  addDays,
  daysBetween,
  daysInMonth,
  monthStart,
  osloDate,
  osloMidnight,
} from "@/platform/time/oslo-calendar";
import { formatScaled, mul, ONE, parseScaled, ratio, roundToWhole } from "./decimal";
import { type DatePeriod, inDatePeriod } from "./periods";
import { RATES, type RateTables, rateOn } from "./rates";
import { isVatExempt } from "./vat";

export type Resolution = "PT15M" | "PT1H";
export type UsageType = "HOME" | "HOLIDAY_HOME" | "BUSINESS";
export type Product = "SPOT" | "FIXED";

const HOUR_MS = 3_600_000;
const QUARTER_MS = 900_000;

/** One Oslo hour of a metering point's consumption, paired with its prices. */
export interface HourUsage {
  /** UTC instant the hour starts. */
  start: Date;
  /** kWh in the hour, a decimal string. */
  kwh: string;
  /** Σ kWh × the interval's own spot price, øre (decimal); null if an interval had no price. */
  spotCostOre: string | null;
  /** Mean of the hour's spot prices, øre/kWh (decimal); null if the hour's prices are incomplete. */
  spotMeanOrePerKwh: string | null;
}

export interface Reading {
  start: Date;
  resolution: Resolution;
  kwh: string;
}

export interface SpotPriceInterval {
  start: Date;
  resolution: Resolution;
  orePerKwh: string;
}

/**
 * The plain pairing of readings with prices, hour by hour: the reference the SQL aggregation must equal.
 * A quarter reading takes its quarter's price, or the hour's price where prices are hourly; an hourly
 * reading takes the mean of the hour's prices (four quarters, or one hourly price). Missing readings are
 * absent hours, never zeros.
 */
export function pairHourly(readings: readonly Reading[], prices: readonly SpotPriceInterval[]): HourUsage[] {
  const priceByStart = new Map<number, SpotPriceInterval>();
  const pricesByHour = new Map<number, SpotPriceInterval[]>();
  for (const price of prices) {
    priceByStart.set(price.start.getTime(), price);
    const hour = Math.floor(price.start.getTime() / HOUR_MS) * HOUR_MS;
    pricesByHour.set(hour, [...(pricesByHour.get(hour) ?? []), price]);
  }
  const hourMean = (hour: number): bigint | null => {
    const list = pricesByHour.get(hour) ?? [];
    const complete =
      (list.length === 1 && list[0]?.resolution === "PT1H") ||
      (list.length === 4 && list.every((p) => p.resolution === "PT15M"));
    if (!complete) return null;
    return list.reduce((sum, p) => sum + parseScaled(p.orePerKwh), 0n) / BigInt(list.length);
  };

  const hours = new Map<number, { kwh: bigint; cost: bigint | null }>();
  for (const reading of readings) {
    const t = reading.start.getTime();
    const hour = Math.floor(t / HOUR_MS) * HOUR_MS;
    const kwh = parseScaled(reading.kwh);
    let price: bigint | null;
    if (reading.resolution === "PT1H") price = hourMean(hour);
    else {
      const own = priceByStart.get(t);
      const hourly = pricesByHour.get(hour);
      price =
        own?.resolution === "PT15M"
          ? parseScaled(own.orePerKwh)
          : hourly?.length === 1 && hourly[0]?.resolution === "PT1H"
            ? parseScaled(hourly[0].orePerKwh)
            : null;
    }
    const entry = hours.get(hour) ?? { kwh: 0n, cost: 0n };
    entry.kwh += kwh;
    entry.cost = entry.cost === null || price === null ? null : entry.cost + mul(kwh, price);
    hours.set(hour, entry);
  }
  return [...hours.entries()]
    .sort(([a], [b]) => a - b)
    .map(([hour, { kwh, cost }]) => {
      const mean = hourMean(hour);
      return {
        start: new Date(hour),
        kwh: formatScaled(kwh, 4),
        spotCostOre: cost === null ? null : formatScaled(cost, 10),
        spotMeanOrePerKwh: mean === null ? null : formatScaled(mean, 10),
      };
    });
}

/** A contract's price terms from one Oslo date to another ([from, to), to null while it lasts). */
export interface ContractTerms {
  from: string;
  to: string | null;
  product: Product;
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
}

export interface CostContext {
  contracts: readonly ContractTerms[];
  usageType: UsageType;
  municipalityNumber: string | null;
  norgespris: readonly DatePeriod[];
  /** The Oslo dates priced: [from, to). Hours before `from` (same month) only count toward the caps. */
  from: string;
  to: string;
  rates?: RateTables;
}

export type StateScheme = "stromstotte" | "norgespris" | "none";

export interface CostLines {
  /** Spot × kWh per interval, or the fixed price × kWh. */
  energyOre: number;
  markupOre: number;
  monthlyFeeOre: number;
  /** Negative: what the state pays (estimate, settled by the grid company). */
  stromstotteOre: number;
  /** Norgespris settlement against the spot price (estimate, settled by the grid company); ± */
  norgesprisOre: number;
  /** VAT on energy, markup and fee: on Klarkraft's invoice. */
  retailVatOre: number;
  /** VAT on strømstøtte or Norgespris: settled by the grid company with them. */
  schemeVatOre: number;
  /** Energy + markup + fee + their VAT: what Klarkraft invoices. */
  retailTotalOre: number;
  /** Everything: the retail total plus the state schemes and their VAT. */
  totalOre: number;
}

export interface MonthCost extends CostLines {
  /** "2025-10" */
  month: string;
  kwh: string;
  /** kWh that could not be priced (no spot price for its interval). */
  unpricedKwh: string;
  vatExempt: boolean;
  vatBasisPoints: number;
  schemes: StateScheme[];
}

export interface CostSummary extends CostLines {
  months: MonthCost[];
  kwh: string;
  unpricedKwh: string;
  vatExempt: boolean;
}

interface MonthAcc {
  kwh: bigint;
  unpriced: bigint;
  energy: bigint;
  markup: bigint;
  fee: bigint;
  stromstotte: bigint;
  norgespris: bigint;
  stotteCapUsed: bigint;
  norgesprisCapUsed: bigint;
  schemes: Set<StateScheme>;
}

const within = (period: DatePeriod, date: string) => inDatePeriod(period, date);

interface DayTerms {
  contract: { markup: bigint; fixedPrice: bigint | null } | null;
  norgespris: { price: bigint; cap: bigint } | null;
  stromstotte: { threshold: bigint; shareBasisPoints: bigint; cap: bigint } | null;
}

/** The contract, state scheme and rates in force on an Oslo date, parsed once. */
function dayTerms(context: CostContext, rates: RateTables, date: string): DayTerms {
  const contract = context.contracts.find((c) => within(c, date));
  const norgesprisRate = rateOn(rates.norgespris, date);
  const onNorgespris =
    context.usageType !== "BUSINESS" &&
    norgesprisRate !== null &&
    context.norgespris.some((p) => within(p, date));
  const stotte = context.usageType === "HOME" && !onNorgespris ? rateOn(rates.stromstotte, date) : null;
  return {
    contract: contract
      ? {
          markup: parseScaled(contract.markupOrePerKwh),
          fixedPrice:
            contract.product === "FIXED" && contract.fixedPriceOrePerKwh !== null
              ? parseScaled(contract.fixedPriceOrePerKwh)
              : null,
        }
      : null,
    norgespris:
      onNorgespris && norgesprisRate
        ? {
            price: parseScaled(norgesprisRate.value.priceOrePerKwh),
            cap: parseScaled(
              norgesprisRate.value.monthlyCapKwh[context.usageType as "HOME" | "HOLIDAY_HOME"],
            ),
          }
        : null,
    stromstotte: stotte
      ? {
          threshold: parseScaled(stotte.value.thresholdOrePerKwh),
          shareBasisPoints: BigInt(stotte.value.shareBasisPoints),
          cap: parseScaled(stotte.value.monthlyCapKwh),
        }
      : null,
  };
}

/** Month by month cost of the hours in [context.from, context.to), by the rules above. */
export function costByMonth(hours: readonly HourUsage[], context: CostContext): CostSummary {
  const rates = context.rates ?? RATES;
  const vatExempt = isVatExempt(context.municipalityNumber);
  const months = new Map<string, MonthAcc>();
  const acc = (month: string): MonthAcc => {
    let found = months.get(month);
    if (!found) {
      found = {
        kwh: 0n,
        unpriced: 0n,
        energy: 0n,
        markup: 0n,
        fee: 0n,
        stromstotte: 0n,
        norgespris: 0n,
        stotteCapUsed: 0n,
        norgesprisCapUsed: 0n,
        schemes: new Set(),
      };
      months.set(month, found);
    }
    return found;
  };
  const firstMonth = monthStart(context.from);
  const reportFrom = osloMidnight(context.from).getTime();
  const reportTo = osloMidnight(context.to).getTime();
  const sorted = [...hours].sort((a, b) => a.start.getTime() - b.start.getTime());

  // Everything that depends only on the Oslo date (contract, scheme, rates) is worked out once a day.
  const days = new Map<string, DayTerms>();
  const termsOn = (date: string): DayTerms => {
    let terms = days.get(date);
    if (!terms) {
      terms = dayTerms(context, rates, date);
      days.set(date, terms);
    }
    return terms;
  };

  // The hours come in order: work out each Oslo date once, not once per hour.
  let date = "";
  let dateEnds = Number.NEGATIVE_INFINITY;
  for (const hour of sorted) {
    const t = hour.start.getTime();
    if (t >= reportTo) break;
    if (t >= dateEnds) {
      date = osloDate(hour.start);
      dateEnds = osloMidnight(addDays(date, 1)).getTime();
    }
    if (date < firstMonth) continue;
    const month = acc(date.slice(0, 7));
    const reported = t >= reportFrom;
    const kwh = parseScaled(hour.kwh);
    const spotCost = hour.spotCostOre === null ? null : parseScaled(hour.spotCostOre);
    const day = termsOn(date);

    // State schemes first: the caps count every hour of the month, reported or not.
    let norgespris = 0n;
    let stotte = 0n;
    let unpriced = false;
    if (day.norgespris) {
      const eligible = minBig(kwh, maxBig(0n, day.norgespris.cap - month.norgesprisCapUsed));
      month.norgesprisCapUsed += eligible;
      if (eligible > 0n) {
        if (spotCost === null) unpriced = true;
        else {
          const spotShare = kwh === 0n ? 0n : ratio(spotCost, eligible, kwh);
          norgespris = mul(eligible, day.norgespris.price) - spotShare;
        }
      }
      if (reported) month.schemes.add("norgespris");
    } else if (day.stromstotte) {
      const eligible = minBig(kwh, maxBig(0n, day.stromstotte.cap - month.stotteCapUsed));
      month.stotteCapUsed += eligible;
      if (hour.spotMeanOrePerKwh === null) unpriced = eligible > 0n;
      else {
        const above = parseScaled(hour.spotMeanOrePerKwh) - day.stromstotte.threshold;
        if (above > 0n && eligible > 0n) {
          stotte = -ratio(mul(eligible, above), day.stromstotte.shareBasisPoints, 10_000n);
        }
      }
      if (reported) month.schemes.add("stromstotte");
    }
    if (!reported) continue;

    month.kwh += kwh;
    if (!day.contract) {
      month.unpriced += kwh;
      continue;
    }
    const energy = day.contract.fixedPrice !== null ? mul(kwh, day.contract.fixedPrice) : spotCost;
    if (energy === null || unpriced) {
      month.unpriced += kwh;
      continue;
    }
    month.energy += energy;
    month.markup += mul(kwh, day.contract.markup);
    month.norgespris += norgespris;
    month.stromstotte += stotte;
  }

  // The monthly fee, pro rata by the days of each month priced under each contract.
  for (let date = context.from; date < context.to; date = addDays(date, 1)) {
    const contract = context.contracts.find((c) => within(c, date));
    if (!contract) continue;
    const [y, m] = date.split("-").map(Number) as [number, number];
    acc(date.slice(0, 7)).fee += ratio(BigInt(contract.monthlyFeeOre) * ONE, 1n, BigInt(daysInMonth(y, m)));
  }

  const result: MonthCost[] = [...months.entries()]
    .filter(([month]) => `${month}-01` >= firstMonth)
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([month, m]) => m.kwh > 0n || m.fee > 0n || `${month}-31` >= context.from)
    .map(([month, m]) => {
      const vatBasisPoints = vatExempt ? 0 : (rateOn(rates.vatBasisPoints, `${month}-01`)?.value ?? 0);
      const vat = (net: bigint) => roundToWhole(ratio(net, BigInt(vatBasisPoints), 10_000n));
      const energyOre = roundToWhole(m.energy);
      const markupOre = roundToWhole(m.markup);
      const monthlyFeeOre = roundToWhole(m.fee);
      const retailVatOre = vat(m.energy + m.markup + m.fee);
      const stromstotteOre = roundToWhole(m.stromstotte);
      const norgesprisOre = roundToWhole(m.norgespris);
      const schemeVatOre = vat(m.stromstotte + m.norgespris);
      const retailTotalOre = energyOre + markupOre + monthlyFeeOre + retailVatOre;
      return {
        month,
        kwh: formatScaled(m.kwh, 4),
        unpricedKwh: formatScaled(m.unpriced, 4),
        vatExempt,
        vatBasisPoints,
        schemes: [...m.schemes],
        energyOre,
        markupOre,
        monthlyFeeOre,
        stromstotteOre,
        norgesprisOre,
        retailVatOre,
        schemeVatOre,
        retailTotalOre,
        totalOre: retailTotalOre + stromstotteOre + norgesprisOre + schemeVatOre,
      };
    })
    .filter((m) => m.month >= context.from.slice(0, 7));

  const total = (key: keyof CostLines) => result.reduce((sum, m) => sum + m[key], 0);
  return {
    months: result,
    kwh: formatScaled(
      result.reduce((sum, m) => sum + parseScaled(m.kwh), 0n),
      4,
    ),
    unpricedKwh: formatScaled(
      result.reduce((sum, m) => sum + parseScaled(m.unpricedKwh), 0n),
      4,
    ),
    vatExempt,
    energyOre: total("energyOre"),
    markupOre: total("markupOre"),
    monthlyFeeOre: total("monthlyFeeOre"),
    stromstotteOre: total("stromstotteOre"),
    norgesprisOre: total("norgesprisOre"),
    retailVatOre: total("retailVatOre"),
    schemeVatOre: total("schemeVatOre"),
    retailTotalOre: total("retailTotalOre"),
    totalOre: total("totalOre"),
  };
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** Whole days of [from, to) — for callers that state how many days a fee covers. */
export function periodDays(from: string, to: string): number {
  return daysBetween(from, to);
}

/** The UTC length of an interval of a resolution. */
export function intervalMs(resolution: Resolution): number {
  return resolution === "PT15M" ? QUARTER_MS : HOUR_MS;
}

// The terms in force on an Oslo date (contract, state scheme, rates), and the state schemes' share of an
// hour. Strømstøtte is per hour (the hour's consumption × 90 % of its mean price above the threshold) for
// the first 5 000 kWh of the month; Norgespris is per interval for the first 4 000 (home) / 1 000
// (holiday home) kWh of the month, settled against the spot price. Both are settled by the grid company:
// they are estimates here. The caps count every hour of the month, whether reported or not.
import type { CostContext, StateScheme } from "./cost-context";
import { mul, parseScaled, ratio } from "./decimal";
import { inDatePeriod } from "./periods";
import { type RateTables, rateOn } from "./rates";

export interface DayTerms {
  contract: { markup: bigint; fixedPrice: bigint | null } | null;
  norgespris: { price: bigint; cap: bigint } | null;
  stromstotte: { threshold: bigint; shareBasisPoints: bigint; cap: bigint } | null;
}

/** The contract, state scheme and rates in force on an Oslo date, parsed once. */
export function dayTerms(context: CostContext, rates: RateTables, date: string): DayTerms {
  const contract = context.contracts.find((c) => inDatePeriod(c, date));
  const norgesprisRate = rateOn(rates.norgespris, date);
  const onNorgespris =
    context.usageType !== "BUSINESS" &&
    norgesprisRate !== null &&
    context.norgespris.some((p) => inDatePeriod(p, date));
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

/** kWh of the month already counted toward each scheme's cap; hourScheme adds the hour's. */
export interface SchemeCaps {
  stotteCapUsed: bigint;
  norgesprisCapUsed: bigint;
}

export interface HourScheme {
  scheme: Exclude<StateScheme, "none"> | null;
  /** Norgespris settlement against the spot price, ± (10⁻¹⁰ øre). */
  norgespris: bigint;
  /** Strømstøtte, negative (10⁻¹⁰ øre). */
  stotte: bigint;
  /** The hour's eligible kWh lack the price the scheme needs. */
  unpriced: boolean;
}

/** The state scheme's share of one hour (kWh and spot cost scaled), counting the hour toward its cap. */
export function hourScheme(
  day: DayTerms,
  hour: { kwh: bigint; spotCost: bigint | null; spotMeanOrePerKwh: string | null },
  caps: SchemeCaps,
): HourScheme {
  const { kwh, spotCost } = hour;
  if (day.norgespris) {
    const eligible = minBig(kwh, maxBig(0n, day.norgespris.cap - caps.norgesprisCapUsed));
    caps.norgesprisCapUsed += eligible;
    if (eligible <= 0n) return { scheme: "norgespris", norgespris: 0n, stotte: 0n, unpriced: false };
    if (spotCost === null) return { scheme: "norgespris", norgespris: 0n, stotte: 0n, unpriced: true };
    const spotShare = kwh === 0n ? 0n : ratio(spotCost, eligible, kwh);
    const norgespris = mul(eligible, day.norgespris.price) - spotShare;
    return { scheme: "norgespris", norgespris, stotte: 0n, unpriced: false };
  }
  if (day.stromstotte) {
    const eligible = minBig(kwh, maxBig(0n, day.stromstotte.cap - caps.stotteCapUsed));
    caps.stotteCapUsed += eligible;
    if (hour.spotMeanOrePerKwh === null) {
      return { scheme: "stromstotte", norgespris: 0n, stotte: 0n, unpriced: eligible > 0n };
    }
    const above = parseScaled(hour.spotMeanOrePerKwh) - day.stromstotte.threshold;
    const stotte =
      above > 0n && eligible > 0n
        ? -ratio(mul(eligible, above), day.stromstotte.shareBasisPoints, 10_000n)
        : 0n;
    return { scheme: "stromstotte", norgespris: 0n, stotte, unpriced: false };
  }
  return { scheme: null, norgespris: 0n, stotte: 0n, unpriced: false };
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

// Dated rates: the state's figures change (the strømstøtte threshold almost every year, Norgespris from
// 2027), so they are data with a start date and a named source, never constants in the cost code. A
// rate holds from its date until the next entry of the same list. Prices are øre/kWh excl. VAT.

export interface DatedRate<T> {
  /** Oslo calendar date the value applies from (inclusive). */
  from: string;
  value: T;
  /** Where the figure comes from. */
  source: string;
}

export interface StromstotteTerms {
  /** Spot price above which the state pays a share, øre/kWh excl. VAT. */
  thresholdOrePerKwh: string;
  /** Share of the price above the threshold, in basis points (9000 = 90 %). */
  shareBasisPoints: number;
  /** kWh per month per metering point that earn support. */
  monthlyCapKwh: number;
}

export interface NorgesprisTerms {
  /** The fixed price, øre/kWh excl. VAT. */
  priceOrePerKwh: string;
  /** kWh per month per metering point priced at Norgespris; above it the retail contract prices it. */
  monthlyCapKwh: { HOME: number; HOLIDAY_HOME: number };
}

export interface RateTables {
  /** VAT on electricity for those who pay it, in basis points (2500 = 25 %). */
  vatBasisPoints: readonly DatedRate<number>[];
  stromstotte: readonly DatedRate<StromstotteTerms>[];
  norgespris: readonly DatedRate<NorgesprisTerms>[];
}

/** Delivery day 2025-10-01: the first day of Norgespris (and of 15-minute spot prices). */
export const NORGESPRIS_FIRST_DAY = "2025-10-01";

export const RATES: RateTables = {
  vatBasisPoints: [
    {
      from: "2005-01-01",
      value: 2500,
      source:
        "Stortingets vedtak om merverdiavgift § 2 (alminnelig sats 25 % fra 2005); fritak for Nordland, Troms og Finnmark i merverdiavgiftsloven § 6-6",
    },
  ],
  stromstotte: [
    {
      from: "2023-09-01",
      value: { thresholdOrePerKwh: "70", shareBasisPoints: 9000, monthlyCapKwh: 5000 },
      source:
        "RME (NVE), «Strømstøtte: her er støttesatsene for august 2023»: terskel 70 øre, 90 %, 5 000 kWh, time for time fra 1. september 2023",
    },
    {
      from: "2024-01-01",
      value: { thresholdOrePerKwh: "73", shareBasisPoints: 9000, monthlyCapKwh: 5000 },
      source:
        "Statsbudsjettet 2024: terskelverdien prisjustert fra 70 til 73 øre/kWh eks. mva fra 1. januar 2024",
    },
    {
      from: "2025-01-01",
      value: { thresholdOrePerKwh: "75", shareBasisPoints: 9000, monthlyCapKwh: 5000 },
      // No 2026 figure has been verified for this table: 2025's holds until an entry is added.
      source: "Forskrift om strømstønad, terskel 75 øre/kWh eks. mva for 2025 (shared/design/DOMAIN.md)",
    },
  ],
  norgespris: [
    {
      from: "2025-10-01",
      value: { priceOrePerKwh: "40", monthlyCapKwh: { HOME: 4000, HOLIDAY_HOME: 1000 } },
      // Public sources disagree on the adopted home cap (4 000 vs 5 000 kWh): verify before relying on it.
      source:
        "Prop. 148 L (2024–2025) Lov om Norgespris og strømstønad til husholdninger: 40 øre/kWh eks. mva fast ut 2026; tak 4 000 kWh (bolig) og 1 000 kWh (fritidsbolig, jf. Elhub «Norgespris på hytta»)",
    },
  ],
};

/** The entry in force on an Oslo calendar date, or null before the first one. */
export function rateOn<T>(rates: readonly DatedRate<T>[], date: string): DatedRate<T> | null {
  let found: DatedRate<T> | null = null;
  for (const rate of rates) {
    if (rate.from <= date && (!found || rate.from > found.from)) found = rate;
  }
  return found;
}

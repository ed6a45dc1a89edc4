// Dated rates: the state's figures change (the strømstøtte threshold almost every year, Norgespris from
// 2027), so they are data with a start date and a named source, never constants in the cost code. A
// rate holds from its date until the next entry of the same list. Prices are øre/kWh excl. VAT.
// Each entry names its source precisely (document, section, date). Where no primary source (the law, the
// regulation, regjeringen.no, Stortinget, NVE/RME, Lovdata) was found, the entry is `assumed` and the page
// says "antatt" beside it (src/features/consumption/ui/rates-used.tsx).

export interface DatedRate<T> {
  /** Oslo calendar date the value applies from (inclusive). */
  from: string;
  value: T;
  /** Where the figure comes from: document, section or paragraph, date. */
  source: string;
  /** True when no primary source was found for the value: it is our assumption, shown as "antatt". */
  assumed?: true;
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
        "Regjeringen.no, pressemelding «Mer treffsikker strømstønadsordning til husholdningene» (revidert nasjonalbudsjett 2023): time for time fra 1. september 2023 over 70 øre/kWh, 90 %, opptil 5 000 kWh i måneden",
    },
    {
      from: "2024-01-01",
      value: { thresholdOrePerKwh: "73", shareBasisPoints: 9000, monthlyCapKwh: 5000 },
      source:
        "Regjeringen.no, pressemelding «Forlenger strømstønaden ut hele neste år» (statsbudsjettet 2024, 6. oktober 2023): terskelverdien prisjustert fra 70 til 73 øre/kWh eks. mva fra 1. januar 2024",
    },
    {
      from: "2025-01-01",
      value: { thresholdOrePerKwh: "75", shareBasisPoints: 9000, monthlyCapKwh: 5000 },
      source:
        "Forslag til statsbudsjett 2025 (Prop. 1 S (2024–2025)) som gjengitt av NTB 7. oktober 2024: terskel 75 øre/kWh fra 1. januar 2025, 90 %, 5 000 kWh. Primærkilden (vedtaket) er ikke lest",
      assumed: true,
    },
    {
      from: "2026-01-01",
      value: { thresholdOrePerKwh: "77", shareBasisPoints: 9000, monthlyCapKwh: 5000 },
      source:
        "Ingen kilde funnet for 2026. Antatt: terskelen prisjusteres hvert år (70, 73, 75 øre), her 75 øre med om lag 3 % prisvekst, avrundet til 77 øre/kWh eks. mva; 90 % og 5 000 kWh som før (lov om Norgespris og strømstønad til husholdninger viderefører ordningen)",
      assumed: true,
    },
  ],
  norgespris: [
    {
      from: "2025-10-01",
      value: { priceOrePerKwh: "40", monthlyCapKwh: { HOME: 5000, HOLIDAY_HOME: 1000 } },
      // Prop. 148 L proposed 4 000 kWh for a home; Stortinget raised it to 5 000 when it passed the law.
      source:
        "Lov om Norgespris og strømstønad til husholdninger, vedtatt av Stortinget 16. juni 2025 (Prop. 148 L (2024–2025), Innst. 535 L (2024–2025)): 40 øre/kWh eks. mva fast ut 2026. Taket for bolig ble hevet fra proposisjonens 4 000 til 5 000 kWh i måneden i vedtaket (NTB 16. juni 2025); 1 000 kWh for fritidsbolig. Lovteksten er ikke lest",
      assumed: true,
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

/** Every entry of a list that is in force on some day of [from, to) (Oslo dates), oldest first. */
export function ratesInForce<T>(rates: readonly DatedRate<T>[], from: string, to: string): DatedRate<T>[] {
  const first = rateOn(rates, from);
  return [...rates]
    .filter((rate) => rate === first || (rate.from > from && rate.from < to))
    .sort((a, b) => a.from.localeCompare(b.from));
}

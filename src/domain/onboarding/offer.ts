// What a new customer can choose in "Bli kunde": the products and their prices, VAT by municipality.
// Prices are excl. VAT in øre; the page shows them with and without VAT.
export const VAT_RATE = 0.25;

/**
 * Households in Nordland, Troms and Finnmark pay no VAT on electricity (merverdiavgiftsloven § 6-6).
 * Decided by the metering point's municipality (county number = first two digits), never by price area.
 */
const VAT_EXEMPT_COUNTIES = new Set(["18", "55", "56"]);

export function isVatExempt(municipalityNumber: string | null | undefined): boolean {
  return Boolean(municipalityNumber && VAT_EXEMPT_COUNTIES.has(municipalityNumber.slice(0, 2)));
}

export interface Product {
  id: "SPOT" | "FIXED";
  name: string;
  description: string;
  markupOrePerKwh: number;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh?: number;
  fixedMonths?: number;
}

/** Klarkraft's onboarding offer, dated: these apply to contracts signed from 2026-01-01. */
export const PRODUCTS: readonly Product[] = [
  {
    id: "SPOT",
    name: "Spotpris",
    description:
      "Du betaler timeprisen på strømbørsen for ditt prisområde, pluss et fast påslag og et månedsbeløp.",
    markupOrePerKwh: 4.9,
    monthlyFeeOre: 4900,
  },
  {
    id: "FIXED",
    name: "Fastpris 12 måneder",
    description: "Samme energipris hver time i 12 måneder fra startdatoen, uansett hva strømbørsen gjør.",
    markupOrePerKwh: 0,
    monthlyFeeOre: 4900,
    fixedPriceOrePerKwh: 89.9,
    fixedMonths: 12,
  },
];

export const NORGESPRIS_TEXT =
  "Norgespris er statens fastprisordning: 40 øre/kWh uten mva. (50 øre med mva.) gjennom 2026, med ett års binding. Du velger den for målepunktet hos nettselskapet ditt, og den gjelder i stedet for strømstøtte. Den kommer i tillegg til strømavtalen hos oss, som fortsatt gjelder for forbruk over taket.";

/** "4,90 øre/kWh" with and without VAT, or only without where the point is exempt. */
export function priceWithVat(ore: number, exempt: boolean): { excl: number; incl: number } {
  return { excl: ore, incl: exempt ? ore : Math.round(ore * (1 + VAT_RATE) * 100) / 100 };
}

/** The earliest and latest start date offered, in days from today (a supplier switch takes a few days). */
export const START_DATE_MIN_DAYS = 3;
export const START_DATE_MAX_DAYS = 90;

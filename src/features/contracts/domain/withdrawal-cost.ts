// What the days supplied before a withdrawal cost, as lines of Klarkraft's invoice: each rounded once to
// whole øre by the cost function, summing to the total. One wording for Avtale and the mail.
import type { CostSummary } from "@/features/pricing";
import { kronerText, kwhText } from "@/platform/format/display";

export interface CostLine {
  label: string;
  value: string;
}

/** "2 dager". */
export const daysText = (days: number) => `${days} ${days === 1 ? "dag" : "dager"}`;

/** The lines, the last one the total the customer pays. */
export function withdrawalCostLines(cost: CostSummary, days: number): CostLine[] {
  return [
    { label: "Forbruk", value: kwhText(cost.kwh) },
    { label: "Strøm (pris × forbruk)", value: kronerText(cost.energyOre) },
    { label: "Påslag", value: kronerText(cost.markupOre) },
    { label: `Månedsbeløp for ${daysText(days)}`, value: kronerText(cost.monthlyFeeOre) },
    {
      label: cost.vatExempt ? "Merverdiavgift (fritatt)" : "Merverdiavgift",
      value: kronerText(cost.retailVatOre),
    },
    { label: "Du betaler", value: kronerText(cost.retailTotalOre) },
  ];
}

/** How the amount is worked out, in a sentence or three. */
export function withdrawalCostExplanation(cost: CostSummary, days: number): string {
  const unpriced =
    Number(cost.unpricedKwh) > 0
      ? ` ${kwhText(cost.unpricedKwh)} har ikke fått pris ennå og kommer med på fakturaen.`
      : "";
  return `Regnet som på fakturaen: forbruket ditt time for time ganget med avtalens pris, påslaget per kWh, og månedsbeløpet for ${daysText(days)} av månedens dager, med merverdiavgift. Hver linje er rundet til hele øre, og linjene summeres.${unpriced} Målinger for de siste dagene kan komme senere; fakturaen tar dem med.`;
}

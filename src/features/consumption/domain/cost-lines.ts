// The cost breakdown's rows, in the order the page shows them: Klarkraft's lines and their subtotal,
// then each state scheme (strømstøtte, Norgespris) and the VAT on them as lines of their own, then the
// total. Every amount line is shown when it is not zero, so the lines add up to the total, and
// Klarkraft's lines to its subtotal (tests/unit/cost-breakdown-property.test.ts proves it).
import type { CostLines, MonthCost } from "@/features/pricing";

export interface BreakdownRow {
  key: keyof CostLines;
  label: string;
  ore: number;
  /** A line adds into the total; a subtotal sums the lines above it; the total sums every line. */
  kind: "line" | "subtotal" | "total";
}

/** The rule for a period in progress, as the pages state it (Forbruk and Oversikt). */
export const FEE_RULE =
  "Månedsbeløpet påløper per dag: for en periode som ikke er over, regner vi med dagene til og med i dag.";

/** How the energy line was priced in the period: by the spot price, a fixed price, or both. */
export type EnergyPricing = "spot" | "fixed" | "both";

const ENERGY_LABELS: Record<EnergyPricing, string> = {
  spot: "Strøm (spotpris × forbruk)",
  fixed: "Strøm (fastpris × forbruk)",
  both: "Strøm (spotpris eller fastpris × forbruk)",
};

export function breakdownRows(
  cost: CostLines & { months: readonly Pick<MonthCost, "schemes">[]; vatExempt: boolean },
  energyPricing: EnergyPricing,
): BreakdownRow[] {
  const had = (scheme: "stromstotte" | "norgespris") => cost.months.some((m) => m.schemes.includes(scheme));
  const stotte = cost.stromstotteOre !== 0 || had("stromstotte");
  const norgespris = cost.norgesprisOre !== 0 || had("norgespris");
  const schemeVat = cost.schemeVatOre !== 0 || ((stotte || norgespris) && !cost.vatExempt);
  const vatOn = [stotte && "strømstøtten", norgespris && "Norgespris-oppgjøret"].filter(Boolean).join(" og ");
  const rows: (BreakdownRow | false)[] = [
    { key: "energyOre", label: ENERGY_LABELS[energyPricing], ore: cost.energyOre, kind: "line" },
    { key: "markupOre", label: "Påslag", ore: cost.markupOre, kind: "line" },
    { key: "monthlyFeeOre", label: "Månedsbeløp", ore: cost.monthlyFeeOre, kind: "line" },
    {
      key: "retailVatOre",
      label: cost.vatExempt ? "Merverdiavgift (fritatt)" : "Merverdiavgift 25 %",
      ore: cost.retailVatOre,
      kind: "line",
    },
    { key: "retailTotalOre", label: "Fra Klarkraft", ore: cost.retailTotalOre, kind: "subtotal" },
    stotte && {
      key: "stromstotteOre",
      label: "Strømstøtte via nettselskapet (estimat)",
      ore: cost.stromstotteOre,
      kind: "line",
    },
    norgespris && {
      key: "norgesprisOre",
      label: "Norgespris-oppgjør via nettselskapet (estimat)",
      ore: cost.norgesprisOre,
      kind: "line",
    },
    schemeVat && {
      key: "schemeVatOre",
      label: `Merverdiavgift 25 % på ${vatOn || "strømstøtte og Norgespris"} (estimat)`,
      ore: cost.schemeVatOre,
      kind: "line",
    },
    { key: "totalOre", label: "Estimert strømkostnad", ore: cost.totalOre, kind: "total" },
  ];
  return rows.filter((row): row is BreakdownRow => row !== false);
}

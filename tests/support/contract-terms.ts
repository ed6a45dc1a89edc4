import type { ContractTerms } from "@/features/pricing/domain/cost-context";

/** The demo's spot contract (4,9 øre/kWh markup, 49 kr a month), in force from 2024. */
export const SPOT_TERMS: ContractTerms = {
  from: "2024-01-01",
  to: null,
  product: "SPOT",
  markupOrePerKwh: "4.9",
  monthlyFeeOre: 4900,
  fixedPriceOrePerKwh: null,
};

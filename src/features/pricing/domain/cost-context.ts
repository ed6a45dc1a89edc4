// What the cost function is asked: the contracts' price terms, the metering point's usage and place, the
// state scheme's periods and the Oslo dates to price.
import type { DatePeriod } from "./periods";
import type { RateTables } from "./rates";

export type UsageType = "HOME" | "HOLIDAY_HOME" | "BUSINESS";
export type Product = "SPOT" | "FIXED";
export type StateScheme = "stromstotte" | "norgespris" | "none";

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
  /**
   * The Oslo date today, when the period may be in progress: the monthly fee accrues per day, and a
   * period in progress counts its days up to and including today (costSpan, cost.ts).
   */
  today?: string;
  rates?: RateTables;
}

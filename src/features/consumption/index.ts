export type { BreakdownRow, EnergyPricing } from "./domain/cost-lines";
export { breakdownRows, FEE_RULE } from "./domain/cost-lines";
export { consumptionCsv, exportIntervals, SPOT_COST_RULE, spotCostTotals } from "./domain/export";
export {
  BEFORE_SUPPLY,
  bucketLabels,
  dottedDate,
  monthName,
  PERIOD_NOUNS,
  periodTitle,
} from "./domain/labels";
export { viewQuery } from "./domain/links";
export type { ConsumptionView, ViewResolution } from "./domain/view";
export {
  EARLIEST_DATE,
  keyFor,
  PERIOD_KINDS,
  PERIOD_LABELS,
  parseView,
  queryParams,
  RESOLUTION_LABELS,
  RESOLUTIONS_FOR,
  shiftView,
} from "./domain/view";

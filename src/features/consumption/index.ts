export { consumptionCsv, exportIntervals } from "./domain/export";
export {
  BEFORE_SUPPLY,
  bucketLabels,
  dottedDate,
  monthName,
  PERIOD_NOUNS,
  periodTitle,
} from "./domain/labels";
export { viewQuery } from "./domain/links";
export type { ConsumptionView } from "./domain/view";
export {
  keyFor,
  PERIOD_KINDS,
  PERIOD_LABELS,
  parseView,
  RESOLUTION_LABELS,
  RESOLUTIONS_FOR,
  shiftView,
} from "./domain/view";

export type { ContractTerms, CostSummary, HourUsage } from "./domain/cost";
export { costByMonth } from "./domain/cost";
export { formatScaled, ONE, parseScaled, roundToWhole } from "./domain/decimal";
export type { DatePeriod } from "./domain/periods";
export { fromDbDates, inDatePeriod, intersect } from "./domain/periods";
export { NORGESPRIS_FIRST_DAY, RATES, rateOn } from "./domain/rates";
export type { PriceAreaCode } from "./domain/spot-prices";
export { PRICE_AREAS, PRICES_PUBLISHED_HOUR, QUARTER_HOUR_PRICES_FROM } from "./domain/spot-prices";
export { isVatExempt } from "./domain/vat";

import "server-only";

export type { ConsumptionData } from "./consumption";
export { getConsumption } from "./consumption";
export { importMeteringValues } from "./consumption-import";
export type { ConsumptionIntervals } from "./consumption-intervals";
export { getConsumptionIntervals } from "./consumption-intervals";
export { importLatestSpotPrices, importYesterdaysReadings } from "./consumption-refresh";
export type { ConsumptionSummary } from "./consumption-summary";
export { getConsumptionSummary } from "./consumption-summary";
// The billing run (invoices) prices a contract's month with the same function as Forbruk.
export { costOfPeriod } from "./cost-of-period";
export { costOfSupplyDays } from "./cost-of-supply-days";
export { coveredHours, expectedSupplyHours } from "./covered-hours";
export { compareNorgespris } from "./norgespris-comparison";
// The personal API lists the customer's points with their price areas and supply periods.
export { ownPointsNewestFirst } from "./own-points";
export type { PricingInputs } from "./pricing-inputs";
export { pricingInputs } from "./pricing-inputs";
export type { SupplyWindow } from "./supply-windows";
export {
  hoursWithinSupply,
  norgesprisWithinSupply,
  occupiedFrom,
  supplyWindow,
  supplyWindowsOf,
  withinSupply,
} from "./supply-windows";
export { warmMonthCosts } from "./warm-month-costs";

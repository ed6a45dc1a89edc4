import "server-only";

export type { ConsumptionData } from "./consumption";
export { getConsumption } from "./consumption";
export { importMeteringValues } from "./consumption-import";
export { importLatestSpotPrices, importYesterdaysReadings } from "./consumption-refresh";
export type { ConsumptionSummary } from "./consumption-summary";
export { getConsumptionSummary } from "./consumption-summary";
export { costOfSupplyDays } from "./cost-of-supply-days";
export { compareNorgespris } from "./norgespris-comparison";
export type { SupplyWindow } from "./supply-windows";
export {
  hoursWithinSupply,
  norgesprisWithinSupply,
  occupiedFrom,
  supplyWindow,
  supplyWindowsOf,
  withinSupply,
} from "./supply-windows";

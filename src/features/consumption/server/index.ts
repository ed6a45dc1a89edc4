import "server-only";

export type { ConsumptionData, ConsumptionSummary } from "./consumption";
export { compareNorgespris, getConsumption, getConsumptionSummary } from "./consumption";
export { importMeteringValues } from "./consumption-import";
export { importLatestSpotPrices, importYesterdaysReadings } from "./consumption-refresh";
export type { SupplyWindow } from "./supply-windows";
export {
  hoursWithinSupply,
  norgesprisWithinSupply,
  occupiedFrom,
  supplyWindow,
  supplyWindowsOf,
  withinSupply,
} from "./supply-windows";

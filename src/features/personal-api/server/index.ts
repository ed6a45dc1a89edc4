import "server-only";

export { consumptionResponse, readConsumption } from "./consumption";
export { contractsResponse, readContracts } from "./contracts";
export { invoicesResponse, readInvoices } from "./invoices";
export { listMeteringPoints, meteringPointsResponse } from "./metering-points";
export { pricesResponse, readPrices } from "./prices";

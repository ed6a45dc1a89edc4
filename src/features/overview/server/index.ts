import "server-only";

export type { OverviewContract } from "./customer-overview";
export { getCustomerOverview } from "./customer-overview";

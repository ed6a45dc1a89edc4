import "server-only";

export type { CustomerOverview, OverviewContract } from "./customer-overview";
export { getCustomerOverview } from "./customer-overview";

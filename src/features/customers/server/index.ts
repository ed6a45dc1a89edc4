import "server-only";

export type { CustomerSearchOutcome } from "./customer-search";
export { searchCustomers } from "./customer-search";
export { revealNationalId, viewCustomer } from "./customer-view";

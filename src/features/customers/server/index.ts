import "server-only";

export type { CustomerSearchOutcome, CustomerSearchResult } from "./customer-search";
export { searchCustomers } from "./customer-search";
export type { CustomerView } from "./customer-view";
export { viewCustomer } from "./customer-view";
export type { NationalIdReveal } from "./national-id-reveal";
export { revealNationalId } from "./national-id-reveal";

import "server-only";

export { takeInvoiceNumbers } from "./invoice-series";

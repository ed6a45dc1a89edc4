import "server-only";

export {
  notifyInquiryAnswered,
  notifyInvoiceIssued,
  notifyPrivacyRequestCompleted,
} from "./notify-events";
export type { TomorrowPricesRun } from "./tomorrow-prices";
export { notifyTomorrowsPrices } from "./tomorrow-prices";

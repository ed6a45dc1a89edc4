export { norwegianDate, PriceRows } from "./contract-terms";
export { WithdrawalCost } from "./withdrawal-cost";

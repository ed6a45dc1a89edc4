export { norwegianDate, PriceRows } from "./contract-terms";

export { ContractCard, contractLine } from "./contract-card";

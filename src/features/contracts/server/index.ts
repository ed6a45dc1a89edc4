import "server-only";

export { confirmMove } from "./confirm-move";
export { queueContractConfirmation, sendContractConfirmation } from "./contract-confirmation";
export { applyContractDates, supplyingContracts, updateContractStatuses } from "./contract-lifecycle";
export type { ContractView } from "./contracts";
export { getContracts, listContracts } from "./contracts";
export { findMoveTarget } from "./find-move-target";
export type { MoveTarget, MoveTerms } from "./movable-contract";
export { changeProduct } from "./product-change";
export { terminateContract } from "./termination";
export type { WithdrawalResult } from "./withdraw-contract";
export { withdrawContract } from "./withdraw-contract";
export type { WithdrawalRefusal } from "./withdrawable";
export type { WithdrawalQuote } from "./withdrawal-quote";
export { withdrawalQuote } from "./withdrawal-quote";

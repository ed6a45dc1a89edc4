import "server-only";

export { applyContractDates, supplyingContracts, updateContractStatuses } from "./contract-lifecycle";
export type { MoveTarget, MoveTerms } from "./contract-move";
export { confirmMove, findMoveTarget } from "./contract-move";
export type { ContractView } from "./contracts";
export { changeProduct, getContracts, terminateContract } from "./contracts";

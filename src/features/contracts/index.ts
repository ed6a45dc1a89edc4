export type { ConfirmationEvent } from "./domain/confirmation";
export { CONTRACT_CONFIRMATION_JOB } from "./domain/confirmation";
export type { OfferedProduct } from "./domain/contract";
export {
  CONTRACT_CHANGE_MAX_DAYS_AHEAD,
  PRODUCT_OFFERS,
  ZProductChange,
  ZTermination,
} from "./domain/contract";
export type { TMoveSearch } from "./domain/contract-move";
export {
  MOVE_HOUSE_NUMBER_MAX_LENGTH,
  MOVE_MAX_DAYS_AHEAD,
  MOVE_MAX_DAYS_BACK,
  MOVE_METER_NUMBER_MAX_LENGTH,
  MOVE_STREET_MAX_LENGTH,
  ZMoveConfirm,
  ZMoveSearch,
} from "./domain/contract-move";
export type { ContractStatusId, DatedContract } from "./domain/contract-status";
export { contractStatusOn, customerStatusOn } from "./domain/contract-status";
export type { PriceTermLine, PriceTerms } from "./domain/price-terms";
export { norwegianDate, priceTermLines } from "./domain/price-terms";
export type { WithdrawalOutcome, WithdrawalPeriod } from "./domain/withdrawal";
export {
  firstStartAfterWithdrawal,
  startsWithinWithdrawalPeriod,
  WITHDRAWAL_DAYS,
  withdrawalPeriodFrom,
  ZWithdrawal,
} from "./domain/withdrawal";
export { daysText } from "./domain/withdrawal-cost";

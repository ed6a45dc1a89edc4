// A contract's status on a day, from its dates. The stored status follows the dates only when the daily
// update-contract-statuses job runs (or the change itself writes it), so whatever shows or exports a
// status derives it here, as that job would. Dates are Oslo calendar days and the end date is exclusive:
// a contract ending 2026-03-01 last supplied on 28 February.

export type ContractStatusId = "PENDING" | "ACTIVE" | "TERMINATED";

export interface DatedContract {
  status: ContractStatusId;
  startDate: Date;
  /** The first day without the contract; null while it lasts. */
  endDate: Date | null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The status on `today` (an Oslo date): ended on its end date, started on its start date. */
export function contractStatusOn(contract: DatedContract, today: string): ContractStatusId {
  if (contract.endDate !== null && day(contract.endDate) <= today) return "TERMINATED";
  if (contract.status === "PENDING" && day(contract.startDate) <= today) return "ACTIVE";
  return contract.status;
}

// A contract's status on a day, from its dates, and so the customer's. The stored statuses follow the
// dates only when the daily update-contract-statuses job runs (or the change itself writes them), so
// whatever shows or exports a status derives it here, as that job would. Dates are Oslo calendar days
// and the end date is exclusive: a contract ending 2026-03-01 last supplied on 28 February.

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

/**
 * The customer's status on `today`, as the daily job would have left it: ENDED once they have contracts,
 * all of them ended, and no supply period running past today.
 */
export function customerStatusOn(
  customer: {
    status: "ACTIVE" | "ENDED";
    contracts: readonly DatedContract[];
    supplyPeriods: readonly { toDate: Date | null }[];
  },
  today: string,
): "ACTIVE" | "ENDED" {
  if (customer.status === "ENDED") return "ENDED";
  const contractsEnded =
    customer.contracts.length > 0 &&
    customer.contracts.every((contract) => contractStatusOn(contract, today) === "TERMINATED");
  const supplyEnded = customer.supplyPeriods.every(
    (period) => period.toDate !== null && day(period.toDate) <= today,
  );
  return contractsEnded && supplyEnded ? "ENDED" : "ACTIVE";
}

// The right of withdrawal (angrerett) for an electricity contract made at a distance, as angrerettloven
// puts it: the customer may withdraw within 14 days, counted from the day the contract is concluded
// (§ 21: for a contract to supply electricity the period starts the day it is concluded, and that day is
// not counted). A period that would end on a Saturday, a Sunday, a public holiday or a høytidsdag ends on
// the next working day instead (§ 21, as domstolloven § 149 for deadlines in general). A customer who
// expressly asked for supply to start within the period pays for what was supplied until they withdrew
// (§ 25 and 26); one who did not pays nothing. Dates are Oslo calendar days "YYYY-MM-DD".
import { z } from "zod";
import { nextWorkingDay } from "@/platform/time/norwegian-holidays";
import { addDays, daysBetween, osloDate } from "@/platform/time/oslo-calendar";

/** Days in the withdrawal period (angrefrist). */
export const WITHDRAWAL_DAYS = 14;

export interface WithdrawalPeriod {
  /** The Oslo date the contract was concluded. */
  concludedOn: string;
  /** The last day the customer may withdraw (inclusive). */
  lastDay: string;
  /** Whether the 14th day fell on a weekend or holiday, so the period ends on the next working day. */
  extended: boolean;
}

/** The withdrawal period of a contract concluded on an Oslo date. */
export function withdrawalPeriodFrom(concludedOn: string): WithdrawalPeriod {
  const fourteenth = addDays(concludedOn, WITHDRAWAL_DAYS);
  const lastDay = nextWorkingDay(fourteenth);
  return { concludedOn, lastDay, extended: lastDay !== fourteenth };
}

/** The withdrawal period of a contract concluded at an instant. */
export function withdrawalPeriod(concludedAt: Date): WithdrawalPeriod {
  return withdrawalPeriodFrom(osloDate(concludedAt));
}

/** Whether `today` (an Oslo date) is within the period. */
export function withinWithdrawalPeriod(period: WithdrawalPeriod, today: string): boolean {
  return today >= period.concludedOn && today <= period.lastDay;
}

/** The first start date for a customer who wants supply to start only after the period. */
export function firstStartAfterWithdrawal(concludedOn: string): string {
  return addDays(withdrawalPeriodFrom(concludedOn).lastDay, 1);
}

/** Whether a start date lies within the withdrawal period of a contract concluded on `concludedOn`. */
export function startsWithinWithdrawalPeriod(concludedOn: string, startDate: string): boolean {
  return startDate < firstStartAfterWithdrawal(concludedOn);
}

export interface WithdrawalOutcome {
  /** The contract's new end date (exclusive): its start date if supply never started, else today. */
  endDate: string;
  /** Whole days supplied before the withdrawal: [startDate, endDate). */
  daysSupplied: number;
  /** Whether the customer pays for those days: only when they asked for supply to start early. */
  paysForDaysSupplied: boolean;
}

/**
 * What withdrawing on `today` does. Supply that has not started never starts; supply that has started
 * ends today, and the days before today are the days supplied. They cost the customer something only if
 * they asked for supply to start within the period.
 */
export function withdrawalOutcome(
  contract: { startDate: string; startDuringWithdrawalPeriod: boolean },
  today: string,
): WithdrawalOutcome {
  const endDate = contract.startDate > today ? contract.startDate : today;
  const daysSupplied = Math.max(0, daysBetween(contract.startDate, endDate));
  return {
    endDate,
    daysSupplied,
    paysForDaysSupplied: contract.startDuringWithdrawalPeriod && daysSupplied > 0,
  };
}

/** "Angre avtalen": the contract, and the customer's confirmation. */
export const ZWithdrawal = z.object({
  contractId: z.uuid({ error: "Avtalen finnes ikke." }),
  confirm: z.literal("ja", { error: "Kryss av for at du vil angre avtalen." }),
});

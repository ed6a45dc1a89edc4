import { describe, expect, it } from "vitest";
import {
  firstStartAfterWithdrawal,
  startsWithinWithdrawalPeriod,
  withdrawalOutcome,
  withdrawalPeriod,
  withdrawalPeriodFrom,
  withinWithdrawalPeriod,
} from "@/features/contracts/domain/withdrawal";
import { easterSunday, isNonWorkingDay } from "@/platform/time/norwegian-holidays";

describe("the withdrawal period (angrefrist): 14 days from the day the contract is concluded", () => {
  it("ends 14 days after the day of conclusion, that day not counted", () => {
    // Monday 7 December 2026 → Monday 21 December.
    expect(withdrawalPeriodFrom("2026-12-07")).toEqual({
      concludedOn: "2026-12-07",
      lastDay: "2026-12-21",
      extended: false,
    });
  });

  it("moves a period ending on a Saturday or Sunday to the Monday", () => {
    // Saturday 5 December → the 14th day is Saturday 19 December → Monday 21 December.
    expect(withdrawalPeriodFrom("2026-12-05")).toMatchObject({ lastDay: "2026-12-21", extended: true });
    // Sunday 6 December → Sunday 20 December → Monday 21 December.
    expect(withdrawalPeriodFrom("2026-12-06")).toMatchObject({ lastDay: "2026-12-21", extended: true });
  });

  it("moves a period ending on a holiday past the holidays and the weekend after them", () => {
    // Friday 11 December → Friday 25 December (første juledag), 26th, Sat/Sun → Monday 28 December.
    expect(withdrawalPeriodFrom("2026-12-11").lastDay).toBe("2026-12-28");
    // Easter 2027: skjærtorsdag 25 March … andre påskedag 29 March → Tuesday 30 March.
    expect(withdrawalPeriodFrom("2027-03-11").lastDay).toBe("2027-03-30");
    // Grunnlovsdag Monday 17 May 2027 → Tuesday 18 May; Kristi himmelfartsdag Thursday 6 May 2027 → Friday.
    expect(withdrawalPeriodFrom("2027-05-03").lastDay).toBe("2027-05-18");
    expect(withdrawalPeriodFrom("2027-04-22").lastDay).toBe("2027-05-07");
  });

  it("does not move a period ending on Christmas Eve or New Year's Eve (ordinary days in law)", () => {
    // Thursday 10 December → Thursday 24 December; Thursday 17 December → Thursday 31 December.
    expect(withdrawalPeriodFrom("2026-12-10")).toMatchObject({ lastDay: "2026-12-24", extended: false });
    expect(withdrawalPeriodFrom("2026-12-17")).toMatchObject({ lastDay: "2026-12-31", extended: false });
  });

  it("counts from the Oslo date of conclusion, not the UTC date", () => {
    // 00:30 in Oslo on Monday 7 December is still Sunday 6 December in UTC.
    expect(withdrawalPeriod(new Date("2026-12-06T23:30:00Z")).concludedOn).toBe("2026-12-07");
    // Summer time: 00:30 in Oslo on 1 July 2026 is 22:30 UTC on 30 June.
    expect(withdrawalPeriod(new Date("2026-06-30T22:30:00Z")).concludedOn).toBe("2026-07-01");
  });

  it("is open from the day of conclusion through its last day, and closed the day after", () => {
    const period = withdrawalPeriodFrom("2026-12-05");
    expect(withinWithdrawalPeriod(period, "2026-12-05")).toBe(true);
    expect(withinWithdrawalPeriod(period, "2026-12-19")).toBe(true);
    expect(withinWithdrawalPeriod(period, "2026-12-21")).toBe(true);
    expect(withinWithdrawalPeriod(period, "2026-12-22")).toBe(false);
  });

  it("lets supply start after the period only from the day after its last day", () => {
    expect(firstStartAfterWithdrawal("2026-12-11")).toBe("2026-12-29");
    expect(startsWithinWithdrawalPeriod("2026-12-11", "2026-12-28")).toBe(true);
    expect(startsWithinWithdrawalPeriod("2026-12-11", "2026-12-29")).toBe(false);
  });
});

describe("what withdrawing does", () => {
  it("keeps supply that has not started from ever starting, at no cost", () => {
    expect(
      withdrawalOutcome({ startDate: "2026-12-22", startDuringWithdrawalPeriod: false }, "2026-12-10"),
    ).toEqual({ endDate: "2026-12-22", daysSupplied: 0, paysForDaysSupplied: false });
  });

  it("ends started supply today; the customer who asked for an early start pays for the days before", () => {
    expect(
      withdrawalOutcome({ startDate: "2026-12-07", startDuringWithdrawalPeriod: true }, "2026-12-10"),
    ).toEqual({
      endDate: "2026-12-10",
      daysSupplied: 3,
      paysForDaysSupplied: true,
    });
  });

  it("charges nothing for days supplied early without the customer's express request", () => {
    expect(
      withdrawalOutcome({ startDate: "2026-12-07", startDuringWithdrawalPeriod: false }, "2026-12-10")
        .paysForDaysSupplied,
    ).toBe(false);
  });

  it("charges nothing when supply starts on the day of withdrawal", () => {
    expect(
      withdrawalOutcome({ startDate: "2026-12-10", startDuringWithdrawalPeriod: true }, "2026-12-10"),
    ).toEqual({
      endDate: "2026-12-10",
      daysSupplied: 0,
      paysForDaysSupplied: false,
    });
  });
});

describe("Norwegian holidays", () => {
  it("finds Easter Sunday", () => {
    expect(["2024", "2025", "2026", "2027"].map((y) => easterSunday(Number(y)))).toEqual([
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
    ]);
  });

  it("knows the movable holidays, 1 and 17 May, and weekends", () => {
    for (const day of ["2026-04-02", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25", "2026-05-01"]) {
      expect(isNonWorkingDay(day), day).toBe(true);
    }
    expect(isNonWorkingDay("2026-12-12")).toBe(true); // Saturday
    expect(isNonWorkingDay("2026-12-24")).toBe(false);
    expect(isNonWorkingDay("2026-04-07")).toBe(false);
  });
});

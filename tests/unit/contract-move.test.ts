import { describe, expect, it } from "vitest";
import {
  isSameAddress,
  MOVE_MAX_DAYS_AHEAD,
  MOVE_MAX_DAYS_BACK,
  moveDateInWindow,
  ZMoveConfirm,
  ZMoveSearch,
} from "@/features/contracts/domain/contract-move";

const TODAY = "2026-11-25";

describe("the move date window", () => {
  it(`accepts from ${MOVE_MAX_DAYS_BACK} days back to ${MOVE_MAX_DAYS_AHEAD} days ahead, across a month and a year`, () => {
    expect(moveDateInWindow("2026-10-26", TODAY)).toBe(true); // 30 days back
    expect(moveDateInWindow("2026-10-25", TODAY)).toBe(false);
    expect(moveDateInWindow(TODAY, TODAY)).toBe(true);
    expect(moveDateInWindow("2027-02-23", TODAY)).toBe(true); // 90 days ahead
    expect(moveDateInWindow("2027-02-24", TODAY)).toBe(false);
  });
});

describe("the same address", () => {
  const current = { street: "Kirkeveien 64B", postalCode: "0364" };

  it("ignores case, spaces and punctuation in the street and house number", () => {
    expect(isSameAddress({ streetName: "kirkeveien", houseNumber: "64b", postalCode: "0364" }, current)).toBe(
      true,
    );
    expect(
      isSameAddress({ streetName: "Kirke-veien ", houseNumber: "64B", postalCode: "0364" }, current),
    ).toBe(true);
  });

  it("is another address with another house number, letter or postcode", () => {
    expect(isSameAddress({ streetName: "Kirkeveien", houseNumber: "64A", postalCode: "0364" }, current)).toBe(
      false,
    );
    expect(isSameAddress({ streetName: "Kirkeveien", houseNumber: "6", postalCode: "0364" }, current)).toBe(
      false,
    );
    expect(isSameAddress({ streetName: "Kirkeveien", houseNumber: "64B", postalCode: "0365" }, current)).toBe(
      false,
    );
  });
});

describe("the move form", () => {
  const valid = {
    contractId: "0193a7c0-0000-7000-8000-000000000001",
    moveDate: "2026-12-01",
    streetName: " Sjøgata ",
    houseNumber: "12 b",
    postalCode: "8006",
    meterNumber: "",
  };

  it("trims, upper-cases the house letter and drops an empty meter number", () => {
    expect(ZMoveSearch.parse(valid)).toEqual({
      ...valid,
      streetName: "Sjøgata",
      houseNumber: "12B",
      meterNumber: undefined,
    });
  });

  it("gives Norwegian messages for a bad date, house number and postcode", () => {
    const result = ZMoveSearch.safeParse({
      ...valid,
      moveDate: "01.12.2026",
      houseNumber: "tolv",
      postalCode: "80061",
    });
    expect(result.success).toBe(false);
    const errors = result.error?.flatten().fieldErrors;
    expect(errors?.moveDate).toEqual(["Skriv flyttedatoen som ÅÅÅÅ-MM-DD."]);
    expect(errors?.houseNumber?.[0]).toContain("husnummeret");
    expect(errors?.postalCode?.[0]).toContain("fire siffer");
  });

  it("needs the chosen metering point and the tick to confirm", () => {
    const result = ZMoveConfirm.safeParse({ ...valid, gsrn: "123" });
    expect(result.error?.flatten().fieldErrors).toEqual({
      gsrn: ["Velg målepunktet."],
      confirm: ["Kryss av for at du bekrefter flyttingen."],
    });
  });
});

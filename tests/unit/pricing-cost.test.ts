// The cost function against hand-computed examples. Every expected figure is worked out in the comment
// beside it; amounts are øre, prices øre/kWh excl. VAT.
import { describe, expect, it } from "vitest";
import { costByMonth } from "@/features/pricing/domain/cost";
import type { ContractTerms, CostContext } from "@/features/pricing/domain/cost-context";
import { parseScaled, roundToWhole } from "@/features/pricing/domain/decimal";
import { type HourUsage, pairHourly } from "@/features/pricing/domain/intervals";
import { RATES, rateOn } from "@/features/pricing/domain/rates";
import { isVatExempt, oreWithVat, withVat } from "@/features/pricing/domain/vat";
import { SPOT_TERMS } from "../support/contract-terms";

const SPOT = SPOT_TERMS;

function context(overrides: Partial<CostContext>): CostContext {
  return {
    contracts: [{ ...SPOT, monthlyFeeOre: 0 }],
    usageType: "HOME",
    municipalityNumber: "0301",
    norgespris: [],
    from: "2025-01-01",
    to: "2025-02-01",
    ...overrides,
  };
}

const hour = (iso: string, kwh: string, mean: string | null, cost?: string | null): HourUsage => ({
  start: new Date(iso),
  kwh,
  spotMeanOrePerKwh: mean,
  spotCostOre: cost === undefined ? (mean === null ? null : String(Number(kwh) * Number(mean))) : cost,
});

describe("rounding, stated once", () => {
  it("rounds exact sums to whole øre, halves away from zero", () => {
    expect([roundToWhole(parseScaled("50.5")), roundToWhole(parseScaled("-50.5"))]).toEqual([51, -51]);
    expect([roundToWhole(parseScaled("50.4999999999")), roundToWhole(parseScaled("-0.4"))]).toEqual([50, 0]);
  });
});

describe("pairing readings with prices", () => {
  const Q = (iso: string, price: string) => ({
    start: new Date(iso),
    resolution: "PT15M" as const,
    orePerKwh: price,
  });

  it("P14: prices an hourly reading at the mean of its four quarter prices", () => {
    // (10 + 20 + 30 + 41) / 4 = 25.25; 2 kWh × 25.25 = 50.5 øre.
    const prices = [
      Q("2026-01-05T10:00:00Z", "10"),
      Q("2026-01-05T10:15:00Z", "20"),
      Q("2026-01-05T10:30:00Z", "30"),
      Q("2026-01-05T10:45:00Z", "41"),
    ];
    const [row] = pairHourly(
      [{ start: new Date("2026-01-05T10:00:00Z"), resolution: "PT1H", kwh: "2" }],
      prices,
    );
    expect(row).toEqual({
      start: new Date("2026-01-05T10:00:00Z"),
      kwh: "2.0000",
      spotCostOre: "50.5000000000",
      spotMeanOrePerKwh: "25.2500000000",
    });
  });

  it("P14: prices each quarter reading at its own quarter price, and at the hour's price where prices are hourly", () => {
    // 0.5 × 10 + 0.25 × 20 + 0 × 30 + 1 × 41 = 51 øre for 1.75 kWh.
    const prices = [
      Q("2026-01-05T10:00:00Z", "10"),
      Q("2026-01-05T10:15:00Z", "20"),
      Q("2026-01-05T10:30:00Z", "30"),
      Q("2026-01-05T10:45:00Z", "41"),
      { start: new Date("2025-09-01T10:00:00Z"), resolution: "PT1H" as const, orePerKwh: "80" },
    ];
    const readings = [
      ["10:00", "0.5"],
      ["10:15", "0.25"],
      ["10:30", "0"],
      ["10:45", "1"],
    ].map(([t, kwh]) => ({
      start: new Date(`2026-01-05T${t}:00Z`),
      resolution: "PT15M" as const,
      kwh: kwh ?? "",
    }));
    // Before 2025-10-01 a quarter reading meets the hourly price: 0.3 × 80 = 24.
    readings.push({ start: new Date("2025-09-01T10:30:00Z"), resolution: "PT15M", kwh: "0.3" });
    const rows = pairHourly(readings, prices);
    expect(rows.map((r) => [r.start.toISOString(), r.kwh, r.spotCostOre])).toEqual([
      ["2025-09-01T10:00:00.000Z", "0.3000", "24.0000000000"],
      ["2026-01-05T10:00:00.000Z", "1.7500", "51.0000000000"],
    ]);
  });

  it("P14: leaves missing readings out (a gap, never a zero) and an interval without a price unpriced", () => {
    const rows = pairHourly(
      [
        { start: new Date("2026-01-05T10:00:00Z"), resolution: "PT1H", kwh: "1" },
        { start: new Date("2026-01-05T12:00:00Z"), resolution: "PT1H", kwh: "1" },
      ],
      [{ start: new Date("2026-01-05T10:00:00Z"), resolution: "PT15M", orePerKwh: "10" }],
    );
    // 11:00 has no reading, so no row; 10:00 has one quarter price of four: not a full hour's price.
    expect(rows.map((r) => [r.start.toISOString(), r.spotCostOre])).toEqual([
      ["2026-01-05T10:00:00.000Z", null],
      ["2026-01-05T12:00:00.000Z", null],
    ]);
  });
});

describe("cost by month", () => {
  it("P14: adds markup, the monthly fee pro rata by day, and 25 % VAT, each line rounded once", () => {
    // One Oslo day of January 2025: 2 kWh at 25.25 → energy 50.5 → 51; markup 2 × 4.9 = 9.8 → 10;
    // fee 4900 × 1/31 = 158.0645… → 158; VAT 25 % × (50.5 + 9.8 + 158.0645…) = 54.591… → 55;
    // total 51 + 10 + 158 + 55 = 274. The spot price is under the threshold: no strømstøtte.
    const cost = costByMonth([hour("2025-01-15T10:00:00Z", "2", "25.25")], {
      ...context({ contracts: [SPOT] }),
      from: "2025-01-15",
      to: "2025-01-16",
    });
    expect(cost.months).toHaveLength(1);
    expect(cost).toMatchObject({
      energyOre: 51,
      markupOre: 10,
      monthlyFeeOre: 158,
      stromstotteOre: 0,
      retailVatOre: 55,
      retailTotalOre: 274,
      totalOre: 274,
      kwh: "2.0000",
    });
  });

  it("P14: a VAT-exempt metering point (Tromsø, Troms) pays no VAT; the price area does not decide it", () => {
    expect([isVatExempt("5501"), isVatExempt("1804"), isVatExempt("5601"), isVatExempt("5001")]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(isVatExempt(null)).toBe(false);
    const cost = costByMonth(
      [hour("2025-01-15T10:00:00Z", "2", "25.25")],
      context({ municipalityNumber: "5501" }),
    );
    expect([cost.retailVatOre, cost.schemeVatOre, cost.vatExempt]).toEqual([0, 0, true]);
  });

  it("P14: strømstøtte per hour: 90 % of the hour's mean price above the year's threshold, with VAT", () => {
    // 2025: threshold 75. 3 kWh at 175: 0.9 × 100 × 3 = 270 → −270; its VAT −67.5 → −68.
    // 2024: threshold 73. 1 kWh at 175: 0.9 × 102 = 91.8 → −92.
    const jan2025 = costByMonth([hour("2025-01-15T10:00:00Z", "3", "175")], context({}));
    expect([jan2025.stromstotteOre, jan2025.schemeVatOre]).toEqual([-270, -68]);
    const dec2024 = costByMonth(
      [hour("2024-12-15T10:00:00Z", "1", "175")],
      context({ from: "2024-12-01", to: "2025-01-01" }),
    );
    expect(dec2024.stromstotteOre).toBe(-92);
    expect(rateOn(RATES.stromstotte, "2024-12-31")?.value.thresholdOrePerKwh).toBe("73");
  });

  it("P14: strømstøtte stops at 5,000 kWh a month and starts again next month", () => {
    // 4,999 kWh + 3 kWh in January: only 1 kWh of the second hour is supported:
    // 0.9 × 100 × 5,000 = 450,000 → −450,000. February's first hour is supported in full: −270.
    const cost = costByMonth(
      [
        hour("2025-01-10T10:00:00Z", "4999", "175"),
        hour("2025-01-20T10:00:00Z", "3", "175"),
        hour("2025-02-01T10:00:00Z", "3", "175"),
      ],
      context({ to: "2025-03-01" }),
    );
    expect(cost.months.map((m) => [m.month, m.stromstotteOre])).toEqual([
      ["2025-01", -450_000],
      ["2025-02", -270],
    ]);
  });

  it("P14: counts the cap from the start of the month even when the view starts later", () => {
    // The 10th is before the view (the 20th) but uses 4,999 kWh of the cap.
    const cost = costByMonth(
      [hour("2025-01-10T10:00:00Z", "4999", "175"), hour("2025-01-20T10:00:00Z", "3", "175")],
      context({ from: "2025-01-20", to: "2025-01-21" }),
    );
    expect([cost.kwh, cost.stromstotteOre]).toEqual(["3.0000", -90]);
  });

  it("gives no strømstøtte to a holiday home or a business", () => {
    for (const usageType of ["HOLIDAY_HOME", "BUSINESS"] as const) {
      expect(
        costByMonth([hour("2025-01-15T10:00:00Z", "3", "175")], context({ usageType })).stromstotteOre,
      ).toBe(0);
    }
  });

  it("P14: Norgespris per interval against the spot price, up to the month's cap for the usage type", () => {
    // Home, October 2025: 2 kWh at spot 100 → 40 × 2 − 200 = −120 (the state pays); no strømstøtte.
    const oct = { from: "2025-10-01", to: "2025-11-01", norgespris: [{ from: "2025-10-01", to: null }] };
    const home = costByMonth([hour("2025-10-15T10:00:00Z", "2", "100")], context(oct));
    expect([home.norgesprisOre, home.stromstotteOre, home.schemeVatOre]).toEqual([-120, 0, -30]);
    // Cheap hours cost the customer: 2 kWh at 10 → 80 − 20 = +60.
    expect(costByMonth([hour("2025-10-15T10:00:00Z", "2", "10")], context(oct)).norgesprisOre).toBe(60);
    // Holiday home, cap 1,000 kWh: 1,500 kWh at 100 → 1,000 × 40 − 150,000 × 1,000/1,500 = −60,000.
    const cabin = costByMonth(
      [hour("2025-10-15T10:00:00Z", "1500", "100")],
      context({ ...oct, usageType: "HOLIDAY_HOME" }),
    );
    expect(cabin.norgesprisOre).toBe(-60_000);
    // Home cap 5,000 kWh: 5,500 kWh at 100 → 5,000 × 40 − 550,000 × 5,000/5,500 = −300,000.
    const big = costByMonth([hour("2025-10-15T10:00:00Z", "5500", "100")], context(oct));
    expect(big.norgesprisOre).toBe(-300_000);
    // Before 2025-10-01 there is no Norgespris, only strømstøtte.
    expect(
      costByMonth(
        [hour("2025-09-15T10:00:00Z", "2", "100")],
        context({ ...oct, from: "2025-09-01", to: "2025-10-01" }),
      ).norgesprisOre,
    ).toBe(0);
  });

  it("P14: a fixed-price contract prices energy at its own price; markup still applies", () => {
    const fixed: ContractTerms = {
      ...SPOT,
      product: "FIXED",
      fixedPriceOrePerKwh: "79.9",
      markupOrePerKwh: "0",
      monthlyFeeOre: 0,
    };
    // 2 kWh × 79.9 = 159.8 → 160.
    expect(
      costByMonth([hour("2025-01-15T10:00:00Z", "2", "25")], context({ contracts: [fixed] })).energyOre,
    ).toBe(160);
  });

  it("P14: splits Oslo months and years at Oslo midnight, not UTC midnight", () => {
    // 2025-12-31T23:00Z is 00:00 on 1 January 2026 in Oslo; 22:00Z is still 31 December.
    const cost = costByMonth(
      [hour("2025-12-31T22:00:00Z", "1", "10"), hour("2025-12-31T23:00:00Z", "2", "10")],
      context({ from: "2025-12-01", to: "2026-02-01" }),
    );
    expect(cost.months.map((m) => [m.month, m.kwh])).toEqual([
      ["2025-12", "1.0000"],
      ["2026-01", "2.0000"],
    ]);
  });

  it("P14: counts an unpriced hour as unpriced kWh, not as free energy", () => {
    const cost = costByMonth(
      [hour("2025-01-15T10:00:00Z", "2", "25.25"), hour("2025-01-15T11:00:00Z", "3", null)],
      context({}),
    );
    expect([cost.kwh, cost.unpricedKwh, cost.energyOre]).toEqual(["5.0000", "3.0000", 51]);
  });

  it("names a source beside every dated rate", () => {
    for (const list of [RATES.vatBasisPoints, RATES.stromstotte, RATES.norgespris]) {
      for (const rate of list) expect(rate.source.length).toBeGreaterThan(20);
    }
    expect(rateOn(RATES.norgespris, "2025-09-30")).toBeNull();
    expect(rateOn(RATES.norgespris, "2025-10-01")?.value.priceOrePerKwh).toBe("40");
  });
});

describe("VAT, computed in one place", () => {
  it("adds VAT to the contract page's prices exactly, and to whole øre rounded once, halves away from zero", () => {
    // 4.9 × 1.25 = 6.125; 79.9 × 1.25 = 99.875; 4900 × 1.25 = 6125; 2 × 1.25 = 2.5 → 3; 1 × 1.25 → 1.
    expect([withVat("4.9", 2500), withVat("79.9", 2500), withVat("4.9", 0)]).toEqual([
      "6.1250",
      "99.8750",
      "4.9000",
    ]);
    expect([oreWithVat(4900, 2500), oreWithVat(2, 2500), oreWithVat(1, 2500), oreWithVat(4900, 0)]).toEqual([
      6125, 3, 1, 4900,
    ]);
  });

  it("the monthly fee with VAT on the contract page is the fee and its VAT in a whole month's cost", () => {
    // January 2025 under a 49 kr/month contract and no consumption: fee 4900, VAT 1225 → 6125.
    for (const monthlyFeeOre of [4900, 3900, 2999, 1]) {
      const cost = costByMonth([], context({ contracts: [{ ...SPOT, monthlyFeeOre }] }));
      expect(cost.monthlyFeeOre + cost.retailVatOre, String(monthlyFeeOre)).toBe(
        oreWithVat(monthlyFeeOre, 2500),
      );
    }
  });
});

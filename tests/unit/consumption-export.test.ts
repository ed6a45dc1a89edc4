// The Forbruk download reproduces the cost (issue #21 item 6): each row has Spotpris × forbruk in whole
// øre, the consumption-weighted price and the area's unweighted mean, labelled apart; the cost column
// adds up to each month's spot cost rounded once.
import { describe, expect, it } from "vitest";
import { consumptionCsv, type ExportBucket, spotCostTotals } from "@/features/consumption/domain/export";
import { spotCostColumn, weightedSpotPrice } from "@/features/consumption/domain/spot-cost";
import { osloMidnight } from "@/platform/time/oslo-calendar";

/** Days with the exact Σ kWh × own price a day view would have; the area mean is a plain average. */
function day(date: string, kwh: string, spotCostOre: string, mean: string) {
  const bucket = { start: osloMidnight(date), kwh, spotCostOre };
  const [cost] = spotCostColumn([bucket]);
  return { ...bucket, cost, mean };
}

describe("the download's cost column", () => {
  it("P14: rounds each month once and shares it among its rows, so the column sums to the month's line", () => {
    // 3 days of 33.3333 øre each = 99.9999 → 100 øre; the days get 34 + 33 + 33, not 3 × 33 = 99.
    const buckets = [
      { start: osloMidnight("2026-11-28"), kwh: "1", spotCostOre: "33.3333" },
      { start: osloMidnight("2026-11-29"), kwh: "1", spotCostOre: "33.3333" },
      { start: osloMidnight("2026-11-30"), kwh: "1", spotCostOre: "33.3333" },
      // December is rounded on its own: 0.4 + 0.4 = 0.8 → 1 øre.
      { start: osloMidnight("2026-12-01"), kwh: "2", spotCostOre: "0.4" },
      { start: osloMidnight("2026-12-02"), kwh: "2", spotCostOre: "0.4" },
      { start: osloMidnight("2026-12-03"), kwh: null, spotCostOre: null },
    ];
    expect(spotCostColumn(buckets)).toEqual([34, 33, 33, 1, 0, null]);
  });

  it("P14: labels the weighted price apart from the area's mean, and kWh × weighted price gives the cost", () => {
    // 2 kWh at 10 øre and 1 kWh at 100 øre: 120 øre for 3 kWh, weighted 40 øre/kWh; the mean is 55.
    expect(weightedSpotPrice("120", "3")).toBe("40.000000");
    const rows = [day("2026-11-10", "3.0000", "120.0000000000", "55.0000")];
    const buckets: ExportBucket[] = rows.map((r) => ({
      start: r.start,
      kwh: r.kwh,
      priceOrePerKwh: r.mean,
      weightedPriceOrePerKwh: weightedSpotPrice(r.spotCostOre, r.kwh),
      spotCostOre: r.spotCostOre,
      spotCostWholeOre: r.cost ?? null,
      coveredHours: 24,
      expectedHours: 24,
    }));
    const [header, line] = consumptionCsv(buckets, { to: "2026-11-11", resolution: "dag" }).split("\r\n");
    expect(header?.replace("\uFEFF", "").split(";")).toEqual([
      "start",
      "slutt",
      "tidspunkt",
      "kwh",
      "snitt_spotpris_omradet_ore_per_kwh_uten_mva",
      "vektet_spotpris_ore_per_kwh_uten_mva",
      "spotpris_x_forbruk_ore_uten_mva",
    ]);
    expect(line?.split(";").slice(3)).toEqual(["3.0000", "55.0000", "40.000000", "120"]);
    expect(spotCostTotals(buckets)).toEqual({ spotCostOre: 120, weightedSpotPriceOrePerKwh: "40.000000" });
  });
});

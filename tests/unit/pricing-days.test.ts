// Days add up to their month, months to their year, and a period in progress charges the monthly fee for
// the days up to and including today (issue #21 items 3 and 5). Amounts are øre.
import { describe, expect, it } from "vitest";
import { allocateByLargestRemainder } from "@/features/pricing/domain/allocation";
import { costByMonth, costSpan } from "@/features/pricing/domain/cost";
import type { CostContext } from "@/features/pricing/domain/cost-context";
import { formatScaled, mul, parseScaled } from "@/features/pricing/domain/decimal";
import type { HourUsage } from "@/features/pricing/domain/intervals";
import { ROUNDED_LINES } from "@/features/pricing/domain/month-lines";
import { addDays, osloMidnight } from "@/platform/time/oslo-calendar";
import { SPOT_TERMS } from "../support/contract-terms";

const SPOT = SPOT_TERMS;

function context(overrides: Partial<CostContext>): CostContext {
  return {
    contracts: [SPOT],
    usageType: "HOME",
    municipalityNumber: "0301",
    norgespris: [],
    from: "2026-11-01",
    to: "2026-12-01",
    ...overrides,
  };
}

/** Every hour of [from, to) with 1.3 kWh at a price that moves through the day. */
function hours(from: string, to: string): HourUsage[] {
  const out: HourUsage[] = [];
  const end = osloMidnight(to).getTime();
  for (let t = osloMidnight(from).getTime(), i = 0; t < end; t += 3_600_000, i++) {
    const mean = (37.1234 + ((i * 7) % 23) * 3.3333).toFixed(4);
    out.push({
      start: new Date(t),
      kwh: "1.3",
      spotMeanOrePerKwh: mean,
      spotCostOre: formatScaled(mul(parseScaled(mean), parseScaled("1.3")), 10),
    });
  }
  return out;
}

describe("allocating a rounded amount by largest remainder", () => {
  it("splits 4 900 øre over 30 days into parts that sum to 4 900, each its share rounded down or up", () => {
    const share = (4900n * 10n ** 10n) / 30n; // 163.3333333333 øre a day
    const parts = allocateByLargestRemainder(
      4900,
      Array.from({ length: 30 }, () => share),
    );
    expect(parts.reduce((a, b) => a + b, 0)).toBe(4900);
    // 30 × 163 = 4 890: the 10 øre left go to the first ten days (equal remainders, earlier first).
    expect(parts.filter((p) => p === 164)).toHaveLength(10);
    expect(parts.slice(0, 10).every((p) => p === 164) && parts.slice(10).every((p) => p === 163)).toBe(true);
  });

  it("gives the øre left over to the largest remainders, negative shares included", () => {
    const s = (x: string) => parseScaled(x);
    expect(allocateByLargestRemainder(3, [s("0.6"), s("1.3"), s("0.9")])).toEqual([1, 1, 1]);
    expect(allocateByLargestRemainder(-3, [s("-0.6"), s("-1.3"), s("-0.9")])).toEqual([-1, -1, -1]);
    expect(allocateByLargestRemainder(0, [s("0.4"), s("-0.4")])).toEqual([0, 0]);
    expect(allocateByLargestRemainder(0, [])).toEqual([]);
  });
});

describe("days sum to the month", () => {
  it("the 30 day views of November add up to the month's view, line by line (Kari's 828,30 vs 828,41 kr)", () => {
    const data = hours("2026-11-01", "2026-12-01");
    const month = costByMonth(data, context({}));
    const days = [];
    for (let d = "2026-11-01"; d < "2026-12-01"; d = addDays(d, 1)) {
      days.push(costByMonth(data, context({ from: d, to: addDays(d, 1) })));
    }
    expect(days).toHaveLength(30);
    for (const key of [...ROUNDED_LINES, "retailTotalOre", "totalOre"] as const) {
      expect(
        days.reduce((sum, day) => sum + day[key], 0),
        key,
      ).toBe(month[key]);
    }
    expect(days.reduce((sum, day) => sum + day.monthlyFeeOre, 0)).toBe(4900);
  });

  it("the months of a year add up to the year", () => {
    const data = hours("2025-01-01", "2026-01-01");
    const year = costByMonth(data, context({ from: "2025-01-01", to: "2026-01-01" }));
    expect(year.months).toHaveLength(12);
    for (const key of [...ROUNDED_LINES, "totalOre"] as const) {
      expect(year.months.reduce((sum, m) => sum + m[key], 0)).toBe(year[key]);
    }
  });
});

describe("a period in progress: the monthly fee accrues per day, up to and including today", () => {
  it("December on the 7th charges 7/31 of the fee in the month view, and the day views up to today add up to it", () => {
    const data = hours("2026-12-01", "2026-12-07");
    const month = costByMonth(data, context({ from: "2026-12-01", to: "2027-01-01", today: "2026-12-07" }));
    // 4 900 × 7 / 31 = 1 106.45 → 1 106 øre.
    expect(month.monthlyFeeOre).toBe(1106);
    let days = 0;
    for (let d = "2026-12-01"; d <= "2026-12-07"; d = addDays(d, 1)) {
      days += costByMonth(data, context({ from: d, to: addDays(d, 1), today: "2026-12-07" })).totalOre;
    }
    expect(days).toBe(month.totalOre);
  });

  it("the year view in early December charges 11 whole fees and December's days so far, not 12 fees", () => {
    const year = costByMonth([], context({ from: "2026-01-01", to: "2027-01-01", today: "2026-12-07" }));
    expect(year.monthlyFeeOre).toBe(11 * 4900 + 1106);
  });

  it("reads the whole months a period touches, up to today", () => {
    expect(costSpan({ from: "2026-11-10", to: "2026-11-11" })).toEqual({
      months: { from: "2026-11-01", to: "2026-12-01" },
      reported: { from: "2026-11-10", to: "2026-11-11" },
    });
    expect(costSpan({ from: "2026-12-01", to: "2027-01-01", today: "2026-12-07" })).toEqual({
      months: { from: "2026-12-01", to: "2026-12-08" },
      reported: { from: "2026-12-01", to: "2026-12-08" },
    });
  });
});

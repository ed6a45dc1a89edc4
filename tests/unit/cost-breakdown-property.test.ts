// Property: every cost breakdown adds up. For random periods, products (spot, fixed), municipalities
// (VAT-exempt Tromsø and not), usage types and scheme dates (strømstøtte, Norgespris starting mid-period,
// a contract starting mid-month): the page's rows (breakdownRows) sum to the total and Klarkraft's rows to
// its subtotal; every month's lines sum to its total and the period is the sum of its months; the day
// views of a month (a month in progress included) sum to that month, line by line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakdownRows } from "@/features/consumption/domain/cost-lines";
import { costByMonth } from "@/features/pricing/domain/cost";
import type { ContractTerms, CostContext, UsageType } from "@/features/pricing/domain/cost-context";
import { formatScaled, mul, parseScaled } from "@/features/pricing/domain/decimal";
import type { HourUsage } from "@/features/pricing/domain/intervals";
import { type CostLines, ROUNDED_LINES } from "@/features/pricing/domain/month-lines";
import { addDays, addMonths, daysBetween, osloMidnight } from "@/platform/time/oslo-calendar";
import { seededRandom } from "../support/seeded-random";

/** Hours of [from, to) with random kWh (up to 9, now and then a big one) and prices (some negative, some missing). */
function randomHours(seed: number, from: string, to: string): HourUsage[] {
  const random = seededRandom(seed);
  const out: HourUsage[] = [];
  const end = osloMidnight(to).getTime();
  for (let t = osloMidnight(from).getTime(); t < end; t += 3_600_000) {
    if (random() < 0.03) continue; // a gap
    const kwh = (random() < 0.01 ? random() * 400 : random() * 9).toFixed(4);
    const mean = random() < 0.02 ? null : (random() * 320 - 20).toFixed(4);
    out.push({
      start: new Date(t),
      kwh,
      spotMeanOrePerKwh: mean,
      spotCostOre: mean === null ? null : formatScaled(mul(parseScaled(kwh), parseScaled(mean)), 10),
    });
  }
  return out;
}

const LINES = [...ROUNDED_LINES, "retailTotalOre", "totalOre"] as const;

function expectAddsUp(cost: ReturnType<typeof costByMonth>, fixed: boolean) {
  const rows = breakdownRows(cost, fixed ? "fixed" : "spot");
  const lines = rows.filter((r) => r.kind === "line");
  const [subtotal] = rows.filter((r) => r.kind === "subtotal");
  const total = rows.find((r) => r.kind === "total");
  const retailKeys: (keyof CostLines)[] = ["energyOre", "markupOre", "monthlyFeeOre", "retailVatOre"];
  expect(lines.reduce((s, r) => s + r.ore, 0)).toBe(total?.ore);
  expect(lines.filter((r) => retailKeys.includes(r.key)).reduce((s, r) => s + r.ore, 0)).toBe(subtotal?.ore);
  // No line that is not zero is left off the page.
  for (const key of ROUNDED_LINES) {
    if (cost[key] !== 0)
      expect(
        rows.some((r) => r.key === key),
        key,
      ).toBe(true);
  }
  for (const m of cost.months) {
    expect(m.energyOre + m.markupOre + m.monthlyFeeOre + m.retailVatOre).toBe(m.retailTotalOre);
    expect(m.retailTotalOre + m.stromstotteOre + m.norgesprisOre + m.schemeVatOre).toBe(m.totalOre);
  }
  for (const key of LINES) expect(cost.months.reduce((s, m) => s + m[key], 0)).toBe(cost[key]);
}

const scenario = fc.record({
  seed: fc.integer(),
  startMonth: fc.constantFrom(
    "2025-01-01",
    "2025-03-01",
    "2025-09-01",
    "2025-10-01",
    "2026-02-01",
    "2026-11-01",
  ),
  months: fc.integer({ min: 1, max: 3 }),
  fixed: fc.boolean(),
  fixedPrice: fc.integer({ min: 0, max: 20_000 }),
  markup: fc.integer({ min: 0, max: 999 }),
  fee: fc.integer({ min: 0, max: 12_345 }),
  municipality: fc.constantFrom("5501", "0301", "1804", "4601"),
  usageType: fc.constantFrom<UsageType>("HOME", "HOME", "HOLIDAY_HOME", "BUSINESS"),
  contractStartDay: fc.integer({ min: 0, max: 40 }),
  norgesprisStartDay: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
  dayMonth: fc.nat(),
  todayDay: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
});

function build(s: {
  startMonth: string;
  months: number;
  fixed: boolean;
  fixedPrice: number;
  markup: number;
  fee: number;
  municipality: string;
  usageType: UsageType;
  contractStartDay: number;
  norgesprisStartDay: number | null;
}): CostContext {
  const from = s.startMonth;
  const to = addMonths(from, s.months);
  const contract: ContractTerms = {
    from: addDays(from, s.contractStartDay),
    to: null,
    product: s.fixed ? "FIXED" : "SPOT",
    markupOrePerKwh: (s.markup / 100).toFixed(2),
    monthlyFeeOre: s.fee,
    fixedPriceOrePerKwh: s.fixed ? (s.fixedPrice / 100).toFixed(2) : null,
  };
  const norgespris =
    s.norgesprisStartDay === null ? [] : [{ from: addDays("2025-10-01", s.norgesprisStartDay), to: null }];
  return {
    contracts: [contract],
    usageType: s.usageType,
    municipalityNumber: s.municipality,
    norgespris,
    from,
    to,
  };
}

describe("every cost breakdown adds up", () => {
  it("P14: the lines of every breakdown sum to its total, and the day views of a month sum to the month", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const context = build(s);
        const data = randomHours(s.seed, context.from, context.to);
        const period = costByMonth(data, context);
        expectAddsUp(period, s.fixed);

        // One month of the period, day by day, as the day views show it; in progress when today falls in it.
        const month = addMonths(context.from, s.dayMonth % s.months);
        const monthEnd = addMonths(month, 1);
        const today =
          s.todayDay === null ? undefined : addDays(month, s.todayDay % daysBetween(month, monthEnd));
        const inMonth = data.filter(
          (h) => h.start >= osloMidnight(month) && h.start < osloMidnight(monthEnd),
        );
        const whole = costByMonth(inMonth, { ...context, from: month, to: monthEnd, today });
        expectAddsUp(whole, s.fixed);
        const days: ReturnType<typeof costByMonth>[] = [];
        for (let d = month; d < monthEnd && (today === undefined || d <= today); d = addDays(d, 1)) {
          const day = costByMonth(inMonth, { ...context, from: d, to: addDays(d, 1), today });
          expectAddsUp(day, s.fixed);
          days.push(day);
        }
        for (const key of LINES) {
          expect(
            days.reduce((sum, day) => sum + day[key], 0),
            key,
          ).toBe(whole[key]);
        }
        expect(
          formatScaled(
            days.reduce((sum, day) => sum + parseScaled(day.kwh), 0n),
            4,
          ),
        ).toBe(whole.kwh);
      }),
      { numRuns: 40, seed: 21_2026 },
    );
  }, 120_000);
});

// Money a customer can check (issue #21 items 1, 3, 5 and 6), on the demo data as it stands on Monday
// 7 December 2026: the page's lines add up to its total, a month's days add up to the month, Oversikt and
// Forbruk agree about the month in progress, and the download's cost column adds up to the page's line.
// The hand computation pairs readings with prices in plain floating-point arithmetic, apart from the
// cost function, and rounds each line once.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { consumptionCsv, spotCostTotals } from "@/features/consumption/domain/export";
import { parseView } from "@/features/consumption/domain/view";
import { getConsumption, getConsumptionSummary } from "@/features/consumption/server";
import { CostBreakdown } from "@/features/consumption/ui/cost-breakdown";
import { RATES, rateOn } from "@/features/pricing/domain/rates";
import { db } from "@/platform/db";
import { addDays, osloDate } from "@/platform/time/oslo-calendar";
import { seedDemoData } from "../../prisma/seed/demo-data";

// 12:00 in Oslo on Monday 7 December 2026.
const NOW = new Date("2026-12-07T11:00:00Z");
const TODAY = "2026-12-07";

const ids = new Map<string, string>();

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  for (const u of await db.user.findMany({
    where: { role: "CUSTOMER" },
    select: { email: true, customerId: true },
  })) {
    if (u.customerId) ids.set(u.email.split(".")[0] ?? "", u.customerId);
  }
}, 180_000);

const customer = (name: string) => {
  const id = ids.get(name);
  if (!id) throw new Error(`No demo customer ${name}`);
  return id;
};

async function consumption(name: string, params: Record<string, string>) {
  const parsed = parseView(params, TODAY);
  if (!parsed.ok) throw new Error(parsed.message);
  const data = await getConsumption(customer(name), parsed.view, undefined, NOW);
  if (!data) throw new Error(`${name} has no consumption`);
  return data;
}

/** Øre from "10 413,30 kr" (the page's words, with a non-breaking or narrow space as thousands separator). */
const ore = (text: string) =>
  Math.round(
    Number(
      text
        .replace(/[^\d,−-]/g, "")
        .replace(",", ".")
        .replace("−", "-"),
    ) * 100,
  );

/** The breakdown as a customer reads it: each row's label, amount and whether it is bold (a sum). */
function shownRows(html: string) {
  return [...html.matchAll(/<div class="([^"]*)"><dt[^>]*>([^<]*)<\/dt><dd[^>]*>([^<]*)<\/dd><\/div>/g)].map(
    ([, cls, label, amount]) => ({
      label: label ?? "",
      ore: ore(amount ?? ""),
      sum: (cls ?? "").includes("font-semibold"),
    }),
  );
}

describe("the cost breakdown adds up", () => {
  it("Ingrid's 2025: strømstøtte (before October), Norgespris (from October) and their VAT each have a line, and the lines sum to the total", async () => {
    const data = await consumption("ingrid", { periode: "ar", dato: "2025" });
    const rows = shownRows(renderToStaticMarkup(createElement(CostBreakdown, { data })));
    const labels = rows.map((r) => r.label).join(" | ");
    expect(labels).toMatch(/Strømstøtte/);
    expect(labels).toMatch(/Norgespris/);
    const lines = rows.filter((r) => !r.sum);
    const [klarkraft, total] = rows.filter((r) => r.sum).map((r) => r.ore);
    expect(data.cost.stromstotteOre).toBeLessThan(0);
    expect(lines.slice(0, 4).reduce((s, r) => s + r.ore, 0)).toBe(klarkraft);
    expect(lines.reduce((s, r) => s + r.ore, 0)).toBe(total);
    expect(total).toBe(data.cost.totalOre);
  });
});

describe("one rule for a period in progress", () => {
  it("Oversikt's «hittil i desember» is Forbruk's December, with the monthly fee for 7 of 31 days", async () => {
    const summary = await getConsumptionSummary(customer("kari"), NOW);
    const december = await consumption("kari", { periode: "maned", dato: "2026-12" });
    expect(summary?.thisMonth.totalOre).toBe(december.cost.totalOre);
    expect(summary?.thisMonth.kwh).toBe(december.cost.kwh);
    // 4 900 × 7 / 31 = 1 106.45 øre.
    expect(december.cost.monthlyFeeOre).toBe(1106);
    const year = await consumption("kari", { periode: "ar", dato: "2026" });
    expect(year.cost.monthlyFeeOre).toBe(11 * 4900 + 1106);
  });
});

/** November 2026 by hand: readings × prices in floating point, each line rounded once to øre. */
async function byHand(name: string): Promise<number> {
  const point = await db.meteringPoint.findFirstOrThrow({
    where: { supplyPeriods: { some: { customerId: customer(name) } } },
    select: {
      id: true,
      priceArea: true,
      municipalityNumber: true,
      norgesprisPeriods: { select: { fromDate: true } },
    },
  });
  const from = new Date("2026-10-31T23:00:00Z");
  const to = new Date("2026-11-30T23:00:00Z");
  const readings = await db.consumptionReading.findMany({
    where: { meteringPointId: point.id, intervalStart: { gte: from, lt: to } },
    select: { intervalStart: true, resolution: true, kwh: true },
  });
  const prices = new Map(
    (
      await db.spotPrice.findMany({
        where: { priceArea: point.priceArea, intervalStart: { gte: from, lt: to } },
        select: { intervalStart: true, priceOrePerKwh: true },
      })
    ).map((p) => [p.intervalStart.getTime(), Number(p.priceOrePerKwh)]),
  );
  const HOUR = 3_600_000;
  const hourMean = (hour: number) =>
    [0, 1, 2, 3].reduce((s, q) => s + (prices.get(hour + q * (HOUR / 4)) ?? Number.NaN), 0) / 4;
  const hours = new Map<number, { kwh: number; spot: number }>();
  for (const r of readings) {
    const t = r.intervalStart.getTime();
    const hour = Math.floor(t / HOUR) * HOUR;
    const kwh = Number(r.kwh);
    const price = r.resolution === "PT15M" ? (prices.get(t) ?? Number.NaN) : hourMean(hour);
    const h = hours.get(hour) ?? { kwh: 0, spot: 0 };
    hours.set(hour, { kwh: h.kwh + kwh, spot: h.spot + kwh * price });
  }
  const vat = point.municipalityNumber === "5501" ? 0 : 0.25;
  const norgespris = point.norgesprisPeriods.length > 0;
  const stotte = rateOn(RATES.stromstotte, "2026-11-01")?.value;
  const np = rateOn(RATES.norgespris, "2026-11-01")?.value;
  let kwh = 0;
  let energy = 0;
  let scheme = 0;
  for (const [hour, h] of hours) {
    kwh += h.kwh;
    energy += h.spot;
    if (norgespris) scheme += h.kwh * Number(np?.priceOrePerKwh) - h.spot;
    else scheme -= h.kwh * Math.max(0, hourMean(hour) - Number(stotte?.thresholdOrePerKwh)) * 0.9;
  }
  const round = Math.round;
  const markup = kwh * 4.9;
  const retail = round(energy) + round(markup) + 4900 + round((energy + markup + 4900) * vat);
  return retail + round(scheme) + round(scheme * vat);
}

describe("November 2026 reproduced four ways", () => {
  it.each(["kari", "lars", "ingrid"])(
    "%s: the month's total = the sum of its 30 day views = a hand computation, and the CSV's cost column sums to the «Strøm» line",
    async (name) => {
      const month = await consumption(name, { periode: "maned", dato: "2026-11" });
      let days = 0;
      for (let d = "2026-11-01"; d < "2026-12-01"; d = addDays(d, 1)) {
        days += (await consumption(name, { periode: "dag", dato: d })).cost.totalOre;
      }
      const csvSum = (data: typeof month) =>
        consumptionCsv(data.buckets, data.view)
          .trimEnd()
          .split("\r\n")
          .slice(1)
          .reduce((s, line) => s + Number(line.split(";")[6] || "0"), 0);
      const hourly = await consumption(name, { periode: "maned", dato: "2026-11", opplosning: "time" });
      const hand = await byHand(name);
      // Σ kWh × the weighted price, rounded once to whole øre, is the column's sum; the area's unweighted
      // mean does not give it.
      const weighted = (data: typeof month) =>
        Math.round(
          data.buckets.reduce((s, b) => s + Number(b.kwh ?? 0) * Number(b.weightedPriceOrePerKwh ?? 0), 0),
        );
      expect(weighted(month)).toBe(month.cost.energyOre);
      expect(weighted(hourly)).toBe(month.cost.energyOre);
      expect(spotCostTotals(month.buckets).spotCostOre).toBe(month.cost.energyOre);
      expect(days).toBe(month.cost.totalOre);
      expect(csvSum(month)).toBe(month.cost.energyOre);
      expect(csvSum(hourly)).toBe(month.cost.energyOre);
      expect(hand).toBe(month.cost.totalOre);
      expect(osloDate(NOW)).toBe(TODAY);
    },
    120_000,
  );
});

// The SQL aggregation against the plain computation (src/features/pricing/domain/intervals.ts pairHourly
// and a plain Oslo grouping) on random readings and prices spanning both DST changes, hourly and quarter data, gaps
// and missing prices; and the bounds: another customer's metering point or period never shows.
import { beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/features/consumption/domain/view";
import { compareNorgespris, getConsumption, getConsumptionSummary } from "@/features/consumption/server";
import { hourlyUsage, usageTotals } from "@/features/consumption/server/hourly-usage";
import { pricingInputs } from "@/features/consumption/server/pricing-inputs";
import { usageBuckets } from "@/features/consumption/server/usage-buckets";
import { formatScaled, parseScaled } from "@/features/pricing/domain/decimal";
import { pairHourly, type Reading, type SpotPriceInterval } from "@/features/pricing/domain/intervals";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "../support/factories";
import { seededRandom } from "../support/seeded-random";

const random = seededRandom(20_251_026);
const decimal = (max: number, digits: number) => (random() * max).toFixed(digits);
const HOUR = 3_600_000;

let tenant: string;
let previousTenant: string;
let pointId: string;
const readings: Reading[] = [];
const prices: SpotPriceInterval[] = [];

// Hourly readings and hourly prices around the spring change of 2025 (23-hour day), quarter readings
// and quarter prices around the autumn change of 2025 (100 quarters) and the spring change of 2026.
const SPANS = [
  { from: "2025-03-27", to: "2025-04-02", readings: "PT1H", prices: "PT1H" },
  { from: "2025-10-20", to: "2025-10-24", readings: "PT1H", prices: "PT15M" },
  { from: "2025-10-24", to: "2025-11-03", readings: "PT15M", prices: "PT15M" },
  { from: "2026-03-26", to: "2026-04-01", readings: "PT15M", prices: "PT15M" },
] as const;

beforeAll(async () => {
  previousTenant = (await createCustomer()).id;
  tenant = (await createCustomer()).id;
  pointId = (await createMeteringPoint(tenant, { priceArea: "NO1" })).id;
  // The previous tenant had the point until 2025-10-22; the tenant from then on.
  await createSupplyPeriod(previousTenant, pointId, "2024-01-01", "2025-10-22");
  await createSupplyPeriod(tenant, pointId, "2025-10-22");
  await createContract(tenant, pointId, { startDate: new Date("2025-10-22") });

  for (const span of SPANS) {
    const end = osloMidnight(span.to).getTime();
    const priceStep = span.prices === "PT1H" ? HOUR : HOUR / 4;
    for (let t = osloMidnight(span.from).getTime(); t < end; t += priceStep) {
      if (random() < 0.02) continue; // a missing price now and then
      prices.push({
        start: new Date(t),
        resolution: span.prices,
        orePerKwh: (random() * 300 - 20).toFixed(4),
      });
    }
    const readingStep = span.readings === "PT1H" ? HOUR : HOUR / 4;
    for (let t = osloMidnight(span.from).getTime(); t < end; t += readingStep) {
      if (random() < 0.05) continue; // a gap
      readings.push({
        start: new Date(t),
        resolution: span.readings,
        kwh: decimal(span.readings === "PT1H" ? 4 : 1, 4),
      });
    }
  }
  await db.spotPrice.createMany({
    data: prices.map((p) => ({
      priceArea: "NO1",
      intervalStart: p.start,
      resolution: p.resolution,
      priceOrePerKwh: p.orePerKwh,
    })),
  });
  await db.consumptionReading.createMany({
    data: readings.map((r) => ({
      meteringPointId: pointId,
      intervalStart: r.start,
      resolution: r.resolution,
      kwh: r.kwh,
    })),
  });
});

const scope = (customerId: string, from: string, to: string) => ({
  customerId,
  meteringPointId: pointId,
  from: osloMidnight(from),
  to: osloMidnight(to),
});

/** The readings a customer may see: those inside their own supply period. */
function visible(from: string, to: string, supplyFrom = "2025-10-22"): Reading[] {
  const lo = Math.max(osloMidnight(from).getTime(), osloMidnight(supplyFrom).getTime());
  return readings.filter((r) => r.start.getTime() >= lo && r.start.getTime() < osloMidnight(to).getTime());
}

describe("consumption aggregated in SQL", () => {
  it("P14: pairs readings and prices hour by hour exactly as the plain computation does, across DST days", async () => {
    for (const [from, to] of [
      ["2025-10-01", "2025-11-05"],
      ["2026-03-26", "2026-04-01"],
    ] as const) {
      const sql = await hourlyUsage(db, scope(tenant, from, to));
      const plain = pairHourly(visible(from, to), prices);
      expect(sql.length).toBeGreaterThan(100);
      const canonical = (rows: typeof plain) =>
        rows.map((r) => [
          r.start.toISOString(),
          formatScaled(parseScaled(r.kwh), 4),
          r.spotCostOre === null ? null : formatScaled(parseScaled(r.spotCostOre), 10),
          r.spotMeanOrePerKwh === null ? null : formatScaled(parseScaled(r.spotMeanOrePerKwh), 10),
        ]);
      expect(canonical(sql)).toEqual(canonical(plain));
    }
  });

  it("P14: sums kWh and spot cost per Oslo quarter, hour, day and month as a plain grouping does", async () => {
    const from = "2025-10-01";
    const to = "2025-11-05";
    const own = visible(from, to);
    const plainGroup = (key: (r: Reading) => number) => {
      const groups = new Map<number, { kwh: bigint }>();
      for (const r of own) {
        const k = key(r);
        groups.set(k, { kwh: (groups.get(k)?.kwh ?? 0n) + parseScaled(r.kwh) });
      }
      return [...groups.entries()]
        .sort(([a], [b]) => a - b)
        .map(([k, v]) => [new Date(k).toISOString(), formatScaled(v.kwh, 4)]);
    };
    const keys = {
      kvarter: (r: Reading) => r.start.getTime(),
      time: (r: Reading) => Math.floor(r.start.getTime() / HOUR) * HOUR,
      dag: (r: Reading) => osloMidnight(osloDate(r.start)).getTime(),
      maned: (r: Reading) => osloMidnight(`${osloDate(r.start).slice(0, 7)}-01`).getTime(),
    } as const;
    for (const resolution of ["kvarter", "time", "dag", "maned"] as const) {
      const sql = await usageBuckets(db, scope(tenant, from, to), resolution);
      expect(
        sql.map((b) => [b.start.toISOString(), formatScaled(parseScaled(b.kwh), 4)]),
        resolution,
      ).toEqual(plainGroup(keys[resolution]));
    }
    // The autumn change: 25 Oslo hours on 2025-10-26, all of them with quarter readings in one day bucket.
    const days = await usageBuckets(db, scope(tenant, "2025-10-26", "2025-10-27"), "dag");
    const hours = own.filter((r) => osloDate(r.start) === "2025-10-26").length / 4;
    expect(days.map((d) => [d.start.toISOString(), d.coveredHours])).toEqual([
      ["2025-10-25T22:00:00.000Z", hours],
    ]);
    // Spot cost per bucket is the exact Σ kWh × own price where every interval has one.
    const day = (await usageBuckets(db, scope(tenant, "2025-10-28", "2025-10-29"), "dag"))[0];
    const pairs = pairHourly(visible("2025-10-28", "2025-10-29"), prices);
    const plainCost = pairs.every((p) => p.spotCostOre !== null)
      ? formatScaled(
          pairs.reduce((s, p) => s + parseScaled(p.spotCostOre ?? "0"), 0n),
          8,
        )
      : null;
    expect(day?.spotCostOre === null ? null : formatScaled(parseScaled(day?.spotCostOre ?? "0"), 8)).toBe(
      plainCost,
    );
  });

  it("P14: shows nothing of the previous tenant: a period before the supply period is empty", async () => {
    const before = await usageBuckets(db, scope(tenant, "2025-10-20", "2025-10-22"), "time");
    expect(before).toEqual([]);
    const across = await hourlyUsage(db, scope(tenant, "2025-10-20", "2025-10-24"));
    expect(across.every((h) => h.start >= osloMidnight("2025-10-22"))).toBe(true);
    // And the previous tenant sees only their own time, not the tenant's.
    const theirs = await hourlyUsage(db, scope(previousTenant, "2025-10-20", "2025-10-24"));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((h) => h.start < osloMidnight("2025-10-22"))).toBe(true);
  });

  it("P14: another customer's metering point does not exist for a customer: no pricing inputs, no page data", async () => {
    const stranger = (await createCustomer()).id;
    expect(await pricingInputs(db, stranger, pointId)).toBeNull();
    expect(await hourlyUsage(db, scope(stranger, "2025-10-01", "2025-11-05"))).toEqual([]);
    const parsed = parseView({ periode: "maned", dato: "2025-10" }, "2026-11-25");
    if (!parsed.ok) throw new Error(parsed.message);
    const point = await db.meteringPoint.findUniqueOrThrow({
      where: { id: pointId },
      select: { gsrn: true },
    });
    expect(await getConsumption(stranger, parsed.view, point.gsrn)).toBeNull();
    expect(await getConsumption(stranger, parsed.view, undefined)).toBeNull();
    const own = await getConsumption(tenant, parsed.view, point.gsrn, new Date("2026-11-25T12:00:00Z"));
    expect(own?.suppliedFrom).toBe("2025-10-22");
    // October from the 22nd: a gap is null (never zero), and a day outside supply expects nothing.
    const first = own?.buckets[0];
    expect([first?.kwh, first?.expectedHours]).toEqual([null, 0]);
    const total = own?.buckets.reduce((s, b) => s + parseScaled(b.kwh ?? "0"), 0n) ?? 0n;
    expect(formatScaled(total, 4)).toBe(own?.kwh);
    expect(own?.missingHours).toBeGreaterThan(0);
  });

  it("P14: the overview's month so far and last month are the customer's own readings, with gaps counted", async () => {
    const now = new Date("2025-11-02T12:00:00Z");
    const summary = await getConsumptionSummary(tenant, now);
    const sum = (rows: Reading[]) =>
      formatScaled(
        rows.reduce((s, r) => s + parseScaled(r.kwh), 0n),
        4,
      );
    expect(summary?.lastMonth).toMatchObject({
      month: "2025-10",
      kwh: sum(visible("2025-10-01", "2025-11-01")),
    });
    expect(summary?.thisMonth).toMatchObject({
      month: "2025-11",
      kwh: sum(visible("2025-11-01", "2025-11-03")),
    });
    // 2025-10-26 … 2025-11-01 has 7 × 24 + 1 hours (the autumn change); 5 % of the quarters are gaps.
    const present = visible("2025-10-26", "2025-11-02").length / 4;
    expect(summary?.missingHoursLastWeek).toBe(169 - present);
    expect(await getConsumptionSummary((await createCustomer()).id, now)).toBeNull();
  });

  it("P14: Norgespris or spot price: the customer's own months priced both ways, by hand", async () => {
    // One day, 2025-11-10, 2 kWh each hour at a spot price of 100 in NO2, supply and contract that day only.
    const customer = (await createCustomer()).id;
    const point = (await createMeteringPoint(customer, { priceArea: "NO2" })).id;
    await createSupplyPeriod(customer, point, "2025-11-10", "2025-11-11");
    await createContract(customer, point, { startDate: new Date("2025-11-10") });
    const start = osloMidnight("2025-11-10").getTime();
    await db.consumptionReading.createMany({
      data: Array.from({ length: 24 }, (_, h) => ({
        meteringPointId: point,
        intervalStart: new Date(start + h * HOUR),
        resolution: "PT1H" as const,
        kwh: "2",
      })),
    });
    await db.spotPrice.createMany({
      data: Array.from({ length: 96 }, (_, q) => ({
        priceArea: "NO2" as const,
        intervalStart: new Date(start + (q * HOUR) / 4),
        resolution: "PT15M" as const,
        priceOrePerKwh: "100",
      })),
    });
    const comparison = await compareNorgespris(customer, new Date("2025-12-05T12:00:00Z"));
    // Energy 48 × 100 = 4,800; markup 48 × 4.9 = 235.2 → 235; fee 4,900 / 30 = 163.3 → 163;
    // VAT on those 25 % × 5,198.53 = 1,299.6 → 1,300.
    // Spot with strømstøtte: 0.9 × (100 − 75) × 48 = −1,080, VAT −270 → 4,800 + 235 + 163 + 1,300 − 1,350 = 5,148.
    // Norgespris: (40 − 100) × 48 = −2,880, VAT −720 → 6,498 − 3,600 = 2,898.
    expect(comparison?.months).toEqual([
      {
        month: "2025-11",
        kwh: "48.0000",
        withoutNorgesprisOre: 5148,
        withNorgesprisOre: 2898,
        beforeSupply: false,
      },
    ]);
  });
});

// The rollup (ConsumptionHour) the hour, day, month and year views read is kept by triggers. Whatever
// changes after the readings first arrive, it must stay equal to pairing the readings as they are now.
describe("the hourly rollup follows every change", () => {
  const area = "NO3";
  const own: Reading[] = [];
  const areaPrices: SpotPriceInterval[] = [];
  let point: string;
  let earlier: string;
  let customer: string;

  /** The rollup paths against the plain computation, for the customer's own readings from mid-June on. */
  async function expectRollupEqualsPlain() {
    const from = "2025-01-01";
    const to = "2026-01-01";
    const supplied = own.filter((r) => r.start >= osloMidnight("2025-06-17"));
    const sorted = [...supplied].sort((a, b) => a.start.getTime() - b.start.getTime());
    const plainHours = pairHourly(sorted, areaPrices);
    const at = {
      customerId: customer,
      meteringPointId: point,
      from: osloMidnight(from),
      to: osloMidnight(to),
    };
    const canonical = (rows: { start: Date; kwh: string; spotCostOre: string | null }[]) =>
      rows.map((r) => [
        r.start.toISOString(),
        formatScaled(parseScaled(r.kwh), 4),
        r.spotCostOre === null ? null : formatScaled(parseScaled(r.spotCostOre), 10),
      ]);
    const hours = await hourlyUsage(db, at);
    expect(canonical(hours)).toEqual(canonical(plainHours));
    expect(hours.map((h) => h.spotMeanOrePerKwh)).toEqual(
      plainHours.map((h) =>
        h.spotMeanOrePerKwh === null ? null : formatScaled(parseScaled(h.spotMeanOrePerKwh), 10),
      ),
    );
    // A year by day: each Oslo day's kWh, Σ kWh × price (null if any interval lacks one) and coverage.
    const plainDays = new Map<string, { kwh: bigint; cost: bigint | null; quarters: number }>();
    for (const h of plainHours) {
      const day = osloDate(h.start);
      const entry = plainDays.get(day) ?? { kwh: 0n, cost: 0n, quarters: 0 };
      entry.kwh += parseScaled(h.kwh);
      entry.cost =
        entry.cost === null || h.spotCostOre === null ? null : entry.cost + parseScaled(h.spotCostOre);
      plainDays.set(day, entry);
    }
    for (const r of sorted) {
      const entry = plainDays.get(osloDate(r.start));
      if (entry) entry.quarters += r.resolution === "PT15M" ? 1 : 4;
    }
    const days = await usageBuckets(db, at, "dag");
    expect(canonical(days).map((d, i) => [...d, days[i]?.coveredHours])).toEqual(
      [...plainDays.entries()].map(([day, d]) => [
        osloMidnight(day).toISOString(),
        formatScaled(d.kwh, 4),
        d.cost === null ? null : formatScaled(d.cost, 10),
        d.quarters / 4,
      ]),
    );
    const total = supplied.reduce((sum, r) => sum + parseScaled(r.kwh), 0n);
    expect(await usageTotals(db, at, [at])).toEqual([formatScaled(total, 4)]);
    // The year as one bucket agrees with its days.
    const [year] = await usageBuckets(db, at, "ar");
    expect(year?.kwh === undefined ? "0.0000" : formatScaled(parseScaled(year.kwh), 4)).toBe(
      formatScaled(total, 4),
    );
  }

  /** Writes readings as the Elhub import does: a value again overwrites (and revises) its interval. */
  async function upsertReadings(rows: Reading[]) {
    await db.$executeRaw`
      INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh")
      VALUES ${Prisma.join(rows.map((r) => Prisma.sql`(${point}::uuid, ${r.start}::timestamptz, ${r.resolution}::"Resolution", ${r.kwh}::numeric)`))}
      ON CONFLICT ("meteringPointId", "intervalStart") DO UPDATE SET "kwh" = EXCLUDED."kwh"`;
    for (const row of rows) {
      const i = own.findIndex((r) => r.start.getTime() === row.start.getTime());
      if (i >= 0) own[i] = row;
      else own.push(row);
    }
  }

  async function upsertPrices(rows: SpotPriceInterval[]) {
    await db.$executeRaw`
      INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
      VALUES ${Prisma.join(rows.map((p) => Prisma.sql`(${area}::"PriceArea", ${p.start}::timestamptz, ${p.resolution}::"Resolution", ${p.orePerKwh}::numeric)`))}
      ON CONFLICT ("priceArea", "intervalStart") DO UPDATE SET "priceOrePerKwh" = EXCLUDED."priceOrePerKwh"`;
    for (const row of rows) {
      const i = areaPrices.findIndex((p) => p.start.getTime() === row.start.getTime());
      if (i >= 0) areaPrices[i] = row;
      else areaPrices.push(row);
    }
  }

  beforeAll(async () => {
    earlier = (await createCustomer()).id;
    customer = (await createCustomer()).id;
    point = (await createMeteringPoint(customer, { priceArea: area })).id;
    // A supply period starting mid-year: the previous tenant's readings before 2025-06-17 never count.
    await createSupplyPeriod(earlier, point, "2025-01-01", "2025-06-17");
    await createSupplyPeriod(customer, point, "2025-06-17");
    const first: Reading[] = [];
    for (
      let t = osloMidnight("2025-06-14").getTime();
      t < osloMidnight("2025-06-21").getTime();
      t += HOUR / 4
    ) {
      if (random() < 0.05) continue;
      first.push({ start: new Date(t), resolution: "PT15M", kwh: decimal(1, 4) });
    }
    // Readings first, prices later: the rollup has the readings, unpriced.
    await upsertReadings(first);
  });

  it("P14: readings that arrive before their prices are unpriced, and priced once the prices arrive", async () => {
    await expectRollupEqualsPlain();
    expect(
      (
        await hourlyUsage(db, {
          customerId: customer,
          meteringPointId: point,
          from: osloMidnight("2025-06-17"),
          to: osloMidnight("2025-06-18"),
        })
      ).every((h) => h.spotCostOre === null),
    ).toBe(true);
    const late: SpotPriceInterval[] = [];
    for (
      let t = osloMidnight("2025-06-14").getTime();
      t < osloMidnight("2025-06-21").getTime();
      t += HOUR / 4
    ) {
      if (random() < 0.02) continue;
      late.push({ start: new Date(t), resolution: "PT15M", orePerKwh: (random() * 300 - 20).toFixed(4) });
    }
    await upsertPrices(late);
    await expectRollupEqualsPlain();
    // A corrected price changes the cost of its hours.
    await upsertPrices(late.slice(100, 140).map((p) => ({ ...p, orePerKwh: (random() * 300).toFixed(4) })));
    await expectRollupEqualsPlain();
  });

  it("P14: a reading Elhub revises updates its hour, day and total, and the old value is kept as a revision", async () => {
    const revised = own
      .filter((r) => r.start >= osloMidnight("2025-06-18"))
      .slice(0, 30)
      .map((r) => ({ ...r, kwh: decimal(2, 4) }));
    await upsertReadings(revised);
    const revisions = await db.consumptionReadingRevision.count({ where: { meteringPointId: point } });
    expect(revisions).toBeGreaterThan(0);
    await expectRollupEqualsPlain();
  });

  it("P14: deleted readings leave their hours (a gap, never a zero)", async () => {
    const day = (r: Reading) => osloDate(r.start) === "2025-06-19";
    await db.consumptionReading.deleteMany({
      where: {
        meteringPointId: point,
        intervalStart: { gte: osloMidnight("2025-06-19"), lt: osloMidnight("2025-06-20") },
      },
    });
    own.splice(0, own.length, ...own.filter((r) => !day(r)));
    await expectRollupEqualsPlain();
    const gap = await usageBuckets(
      db,
      {
        customerId: customer,
        meteringPointId: point,
        from: osloMidnight("2025-06-19"),
        to: osloMidnight("2025-06-20"),
      },
      "time",
    );
    expect(gap).toEqual([]);
  });

  it("P14: the previous tenant's year by day ends where the supply period of mid-June starts", async () => {
    const theirs = await usageBuckets(
      db,
      {
        customerId: earlier,
        meteringPointId: point,
        from: osloMidnight("2025-01-01"),
        to: osloMidnight("2026-01-01"),
      },
      "dag",
    );
    expect(theirs.map((d) => osloDate(d.start))).toEqual(["2025-06-14", "2025-06-15", "2025-06-16"]);
    const plain = own
      .filter((r) => r.start < osloMidnight("2025-06-17"))
      .reduce((sum, r) => sum + parseScaled(r.kwh), 0n);
    expect(
      formatScaled(
        theirs.reduce((sum, d) => sum + parseScaled(d.kwh), 0n),
        4,
      ),
    ).toBe(formatScaled(plain, 4));
  });
});

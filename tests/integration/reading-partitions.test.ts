// The readings and their hourly rollup are partitioned by Oslo month (the migration
// partition_readings_by_month; #24 item 4): what that buys and what it asks of the writers.
import { describe, expect, it } from "vitest";
import { importMeteringValues } from "@/features/consumption/server/consumption-import";
import { importYesterdaysReadings } from "@/features/consumption/server/consumption-refresh";
import { ownHours } from "@/features/consumption/server/own-usage-sql";
import { runRetention } from "@/features/privacy/server/retention";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { createCustomer, createMeteringPoint, createSupplyPeriod } from "../support/factories";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();

/** The month partitions of `parent` that exist now. */
async function partitionsOf(parent: "ConsumptionReading" | "ConsumptionHour"): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = ${`"${parent}"`}::regclass ORDER BY 1`;
  return rows.map((row) => row.name);
}

/** Every table a plan reads, from EXPLAIN (FORMAT JSON). */
function relationsIn(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(relationsIn);
  if (!plan || typeof plan !== "object") return [];
  const node = plan as Record<string, unknown>;
  const own = typeof node["Relation Name"] === "string" ? [node["Relation Name"]] : [];
  return [...own, ...Object.values(node).flatMap(relationsIn)];
}

const hourly = (meteringPointId: string, iso: string) => ({
  meteringPointId,
  intervalStart: new Date(iso),
  resolution: "PT1H" as const,
  kwh: "1.5",
});

describe("readings partitioned by Oslo month", () => {
  it("a year's Forbruk reads exactly the twelve month partitions of the rollup", async () => {
    const customer = await createCustomer();
    const point = await createMeteringPoint(customer.id);
    await createSupplyPeriod(customer.id, point.id, "2025-01-01");
    const scope = {
      customerId: customer.id,
      meteringPointId: point.id,
      from: osloMidnight("2026-01-01"),
      to: osloMidnight("2027-01-01"),
    };
    const explained = await db.$queryRaw<
      { "QUERY PLAN": unknown }[]
    >`EXPLAIN (FORMAT JSON) ${ownHours(scope)}`;
    const hours = relationsIn(explained.map((row) => row["QUERY PLAN"])).filter((name) =>
      name.startsWith("ConsumptionHour"),
    );
    const months = Array.from(
      { length: 12 },
      (_, i) => `ConsumptionHour_y2026m${String(i + 1).padStart(2, "0")}`,
    );
    expect([...new Set(hours)].sort()).toEqual(months);
    // The test template holds five years of months: the eleven of 2026's neighbours were there to be read.
    expect((await partitionsOf("ConsumptionHour")).length).toBeGreaterThan(12);
  });

  it("retention mid-month drops the whole months before the cut-off's month, counts their readings exactly, and deletes no row of the month after", async () => {
    const customer = await createCustomer();
    const point = await createMeteringPoint(customer.id);
    // now 2026-12-15: 36 months back is 2023-12-15, rounded down to Oslo midnight 2023-12-01.
    const now = new Date("2026-12-15T12:00:00Z");
    await db.consumptionReading.createMany({
      data: [
        hourly(point.id, "2023-11-10T10:00:00Z"),
        hourly(point.id, "2023-11-10T11:00:00Z"),
        hourly(point.id, "2023-11-30T22:00:00Z"), // 23:00 on 30 November in Oslo: the last hour dropped
        hourly(point.id, "2023-11-30T23:00:00Z"), // midnight on 1 December in Oslo: kept
        hourly(point.id, "2023-12-14T10:00:00Z"),
        hourly(point.id, "2024-01-05T10:00:00Z"),
      ],
    });
    await db.consumptionReadingRevision.createMany({
      data: ["2023-11-10T10:00:00Z", "2023-12-14T10:00:00Z"].map((iso) => ({
        ...hourly(point.id, iso),
        quality: "ESTIMATED" as const,
        receivedAt: new Date(iso),
      })),
    });
    const keptHours = async () =>
      (
        await db.consumptionHour.findMany({
          where: { meteringPointId: point.id, hourStart: { gte: new Date("2023-11-30T23:00:00Z") } },
          orderBy: { hourStart: "asc" },
        })
      ).map((h) => `${h.hourStart.toISOString()} ${h.kwh} ${h.quarters}`);
    const hoursBefore = await keptHours();
    expect(hoursBefore).toHaveLength(3);
    // A stored cost of each month (month-cost-cache.ts) goes with its month's hours, and so does its version.
    for (const month of ["2023-11-01", "2023-12-01"]) {
      await db.monthCost.create({
        data: {
          customerId: customer.id,
          meteringPointId: point.id,
          month: new Date(`${month}T00:00:00Z`),
          inputsKey: "k",
          hoursVersion: 1,
          cost: {},
        },
      });
    }
    const monthsOf = async (table: "MonthCost" | "ConsumptionMonthVersion") =>
      (
        await db.$queryRawUnsafe<{ month: string }[]>(
          `SELECT to_char(month, 'YYYY-MM') AS month FROM "${table}" WHERE "meteringPointId" = $1::uuid ORDER BY 1`,
          point.id,
        )
      ).map((row) => row.month);
    expect(await monthsOf("ConsumptionMonthVersion")).toEqual(["2023-11", "2023-12", "2024-01"]);

    const dry = await runRetention({ now, dryRun: true });
    const line = (report: typeof dry) => report.lines.find((l) => l.name === "readings-older-than-kept");
    expect(line(dry)?.cutoff?.toISOString()).toBe("2023-11-30T23:00:00.000Z");
    expect(line(dry)?.affected).toBe(3);
    expect(await partitionsOf("ConsumptionReading")).toContain("ConsumptionReading_y2023m11");

    const real = await runRetention({ now });
    expect(line(real)?.affected).toBe(3);
    // The drop is recorded in its own transaction, with the readings it took.
    const [dropped] = await db.auditLog.findMany({
      where: { action: "retention.readings-dropped" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(dropped?.metadata).toMatchObject({ readings: 3 });
    for (const parent of ["ConsumptionReading", "ConsumptionHour"] as const) {
      const left = await partitionsOf(parent);
      expect(left).not.toContain(`${parent}_y2023m11`);
      expect(left).not.toContain(`${parent}_y2023m01`);
      expect(left).toContain(`${parent}_y2023m12`);
      expect(left).toContain(`${parent}_y2024m01`);
    }
    const gone = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_class WHERE relname LIKE 'Consumption%\\_y2023m11%'`;
    expect(Number(gone[0]?.n)).toBe(0);
    const left = await db.consumptionReading.findMany({
      where: { meteringPointId: point.id },
      orderBy: { intervalStart: "asc" },
    });
    expect(left.map((r) => r.intervalStart.toISOString())).toEqual([
      "2023-11-30T23:00:00.000Z",
      "2023-12-14T10:00:00.000Z",
      "2024-01-05T10:00:00.000Z",
    ]);
    const revisions = await db.consumptionReadingRevision.findMany({ where: { meteringPointId: point.id } });
    expect(revisions.map((r) => r.intervalStart.toISOString())).toEqual(["2023-12-14T10:00:00.000Z"]);
    expect(await keptHours()).toEqual(hoursBefore);
    expect(await db.consumptionHour.count({ where: { meteringPointId: point.id } })).toBe(3);
    expect(await monthsOf("MonthCost")).toEqual(["2023-12"]);
    expect(await monthsOf("ConsumptionMonthVersion")).toEqual(["2023-12", "2024-01"]);
    expect(line(await runRetention({ now }))?.affected).toBe(0);
  });

  it("a write to a point's hours raises its months' versions; the point can still be deleted, its versions with it", async () => {
    const customer = await createCustomer();
    const point = await createMeteringPoint(customer.id);
    const versions = () =>
      db.consumptionMonthVersion.findMany({
        where: { meteringPointId: point.id },
        orderBy: { month: "asc" },
      });
    await db.consumptionReading.createMany({
      data: [hourly(point.id, "2026-02-28T22:00:00Z"), hourly(point.id, "2026-02-28T23:00:00Z")],
    });
    // 23:00 on 28 February and midnight on 1 March in Oslo: a version for each Oslo month.
    expect((await versions()).map((v) => `${v.month.toISOString().slice(0, 7)} ${v.version}`)).toEqual([
      "2026-02 1",
      "2026-03 1",
    ]);
    await db.consumptionReading.updateMany({
      where: { meteringPointId: point.id, intervalStart: new Date("2026-02-28T23:00:00Z") },
      data: { kwh: "2.5" },
    });
    expect((await versions()).map((v) => `${v.month.toISOString().slice(0, 7)} ${v.version}`)).toEqual([
      "2026-02 1",
      "2026-03 2",
    ]);
    await db.meteringPoint.delete({ where: { id: point.id } });
    expect(await versions()).toEqual([]);
    expect(await db.consumptionHour.count({ where: { meteringPointId: point.id } })).toBe(0);
  });

  it("an import for a month without partitions creates them", async () => {
    const customer = await createCustomer();
    const gsrn = NAMED_PEOPLE.approvedQuarterHourly.meteringPoints[0]?.gsrn ?? "";
    const point = await createMeteringPoint(customer.id, { gsrn });
    await db.$executeRaw`DROP TABLE "ConsumptionReading_y2026m02", "ConsumptionHour_y2026m02"`;
    const result = await importMeteringValues(
      point.id,
      { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-02-02T00:00:00Z") },
      { registries: sim.registries },
    );
    expect(result).toEqual({ ok: true, imported: 96, resolutions: ["PT15M"] });
    expect(await partitionsOf("ConsumptionReading")).toContain("ConsumptionReading_y2026m02");
    const hours = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "ConsumptionHour_y2026m02" WHERE "meteringPointId" = ${point.id}::uuid`;
    expect(Number(hours[0]?.n)).toBe(24);
  });

  it("the morning import job makes this month's partitions and the next two ahead", async () => {
    const months = async () =>
      (await partitionsOf("ConsumptionReading")).filter((name) => name.includes("_y2045"));
    expect(await months()).toEqual([]);
    await importYesterdaysReadings(new Date("2045-06-20T07:30:00Z"), { registries: sim.registries });
    expect(await months()).toEqual([
      "ConsumptionReading_y2045m06",
      "ConsumptionReading_y2045m07",
      "ConsumptionReading_y2045m08",
    ]);
    expect(await partitionsOf("ConsumptionHour")).toContain("ConsumptionHour_y2045m08");
  });

  it("a second call for a month made in the same session makes nothing", async () => {
    const ensure = () =>
      db.$queryRaw<[{ made: number }]>`
        SELECT consumption_ensure_months('2031-03-05T00:00:00Z', '2031-03-06T00:00:00Z') AS made`;
    expect((await ensure())[0].made).toBe(1);
    expect((await ensure())[0].made).toBe(0);
    expect(await partitionsOf("ConsumptionHour")).toContain("ConsumptionHour_y2031m03");
  });
});

/** Resolves once `count` sessions of this database wait for an advisory lock. */
async function advisoryWaiters(count: number) {
  for (;;) {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`;
    if (row && row.n >= BigInt(count)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// PGlite is one session: two transactions there run one after the other, so only PostgreSQL can race.
describe.skipIf(!process.env.DATABASE_URL)("making a month on PostgreSQL", () => {
  it("a transaction that waited while another made the month finds it made, makes nothing and does not fail", async () => {
    const ensure = (tx: Prisma.TransactionClient) =>
      tx.$queryRaw<[{ made: number }]>`
        SELECT consumption_ensure_months('2032-05-05T00:00:00Z', '2032-05-06T00:00:00Z') AS made`;
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let made = (_n: number) => {};
    const firstMade = new Promise<number>((resolve) => {
      made = resolve;
    });
    // The first makes the month and keeps its transaction open; the second asks meanwhile and waits.
    const first = db.$transaction(
      async (tx) => {
        made((await ensure(tx))[0].made);
        await released;
      },
      { timeout: 60_000 },
    );
    expect(await firstMade).toBe(1);
    const second = db.$transaction(async (tx) => (await ensure(tx))[0].made, { timeout: 60_000 });
    await advisoryWaiters(1);
    release();
    await first;
    expect(await second).toBe(0);
    expect(await partitionsOf("ConsumptionReading")).toContain("ConsumptionReading_y2032m05");
    expect(await partitionsOf("ConsumptionHour")).toContain("ConsumptionHour_y2032m05");
  });

  it("a retention run that cannot get the parents' lock within its timeout drops nothing and leaves it to the next run", async () => {
    // 36 months before 15 January 2027, rounded down: 1 January 2024. December 2023 is due.
    const now = new Date("2027-01-15T12:00:00Z");
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reading = () => {};
    const isReading = new Promise<void>((resolve) => {
      reading = resolve;
    });
    // A Forbruk read in flight holds the rollup's ACCESS SHARE lock until its transaction ends.
    const reader = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT count(*)::int AS n FROM "ConsumptionHour"`;
        reading();
        await released;
      },
      { timeout: 60_000 },
    );
    await isReading;
    const line = (report: Awaited<ReturnType<typeof runRetention>>) =>
      report.lines.find((l) => l.name === "readings-older-than-kept")?.affected;
    try {
      expect(line(await runRetention({ now }))).toBe(0);
      expect(await partitionsOf("ConsumptionHour")).toContain("ConsumptionHour_y2023m12");
    } finally {
      release();
      await reader;
    }
    await runRetention({ now });
    expect(await partitionsOf("ConsumptionHour")).not.toContain("ConsumptionHour_y2023m12");
    expect(await partitionsOf("ConsumptionReading")).not.toContain("ConsumptionReading_y2023m12");
  });
});

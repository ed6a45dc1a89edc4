// The database's own guarantees for readings and periods: CHECK constraints and triggers that hold on
// PostgreSQL and on PGlite alike, whatever code writes the rows.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/platform/db";
import {
  createCustomer,
  createMeteringPoint,
  createNorgesprisPeriod,
  createSupplyPeriod,
} from "../support/factories";

let pointId: string;
let customerId: string;

const reading = (iso: string, resolution: "PT1H" | "PT15M", kwh = "1.25") => ({
  meteringPointId: pointId,
  intervalStart: new Date(iso),
  resolution,
  kwh,
});

beforeAll(async () => {
  customerId = (await createCustomer()).id;
  pointId = (await createMeteringPoint(customerId)).id;
});

describe("reading integrity", () => {
  it("P14: refuses an interval start off its resolution's grid", async () => {
    await expect(
      db.consumptionReading.create({ data: reading("2026-01-05T10:15:00Z", "PT1H") }),
    ).rejects.toThrow(/ConsumptionReading_interval_aligned/);
    await expect(
      db.consumptionReading.create({ data: reading("2026-01-05T10:05:00Z", "PT15M") }),
    ).rejects.toThrow(/ConsumptionReading_interval_aligned/);
    await db.consumptionReading.create({ data: reading("2026-01-05T10:15:00Z", "PT15M") });
  });

  it("P14: refuses negative energy", async () => {
    await expect(
      db.consumptionReading.create({ data: reading("2026-01-06T10:00:00Z", "PT1H", "-0.001") }),
    ).rejects.toThrow(/ConsumptionReading_kwh_not_negative/);
  });

  it("P14: refuses an hourly and a quarter value over the same time on one metering point, either way round", async () => {
    await db.consumptionReading.create({ data: reading("2026-01-07T10:00:00Z", "PT1H") });
    await expect(
      db.consumptionReading.create({ data: reading("2026-01-07T10:45:00Z", "PT15M") }),
    ).rejects.toThrow(/overlap/);
    await db.consumptionReading.create({ data: reading("2026-01-07T12:30:00Z", "PT15M") });
    await expect(
      db.consumptionReading.create({ data: reading("2026-01-07T12:00:00Z", "PT1H") }),
    ).rejects.toThrow(/overlap/);
    // Within one statement too.
    await expect(
      db.consumptionReading.createMany({
        data: [reading("2026-01-08T10:00:00Z", "PT1H"), reading("2026-01-08T10:15:00Z", "PT15M")],
      }),
    ).rejects.toThrow(/overlap/);
    // The neighbouring hours are free.
    await db.consumptionReading.createMany({
      data: [reading("2026-01-07T11:00:00Z", "PT1H"), reading("2026-01-07T13:00:00Z", "PT15M")],
    });
    // Another metering point is another matter.
    const other = await createMeteringPoint(customerId);
    await db.consumptionReading.create({
      data: { ...reading("2026-01-07T10:15:00Z", "PT15M"), meteringPointId: other.id },
    });
  });

  it("P14: keeps the value a revision replaces, with when it had arrived", async () => {
    const first = new Date("2026-01-10T09:00:00Z");
    await db.consumptionReading.create({
      data: { ...reading("2026-01-09T10:00:00Z", "PT1H", "2"), quality: "ESTIMATED", receivedAt: first },
    });
    const key = { meteringPointId: pointId, intervalStart: new Date("2026-01-09T10:00:00Z") };
    const second = new Date("2026-01-12T09:00:00Z");
    await db.consumptionReading.update({
      where: { meteringPointId_intervalStart: key },
      data: { kwh: "2.5", quality: "MEASURED", receivedAt: second },
    });
    const revisions = await db.consumptionReadingRevision.findMany({ where: key });
    expect(revisions.map((r) => [r.kwh.toString(), r.quality, r.receivedAt, r.supersededAt])).toEqual([
      ["2", "ESTIMATED", first, second],
    ]);
    // A writer that does not say when the value arrived (an upsert) gets the time of the change.
    const before = Date.now() - 60_000;
    await db.consumptionReading.update({
      where: { meteringPointId_intervalStart: key },
      data: { kwh: "2.75" },
    });
    const latest = await db.consumptionReading.findUniqueOrThrow({
      where: { meteringPointId_intervalStart: key },
    });
    expect(latest.receivedAt.getTime()).toBeGreaterThan(before);
    expect(await db.consumptionReadingRevision.count({ where: key })).toBe(2);
    await expect(
      db.consumptionReading.update({
        where: { meteringPointId_intervalStart: key },
        data: { resolution: "PT15M" },
      }),
    ).rejects.toThrow(/keeps its metering point, interval and resolution/);
  });
});

describe("period integrity", () => {
  it("P14: one customer at a time on a metering point: overlapping supply periods are refused", async () => {
    const point = await createMeteringPoint(customerId);
    const next = await createCustomer();
    await createSupplyPeriod(customerId, point.id, "2024-01-01", "2025-06-01");
    await expect(createSupplyPeriod(next.id, point.id, "2025-05-31")).rejects.toThrow(/overlap/);
    await createSupplyPeriod(next.id, point.id, "2025-06-01");
    await expect(createSupplyPeriod(customerId, point.id, "2024-01-01", "2024-01-01")).rejects.toThrow(
      /SupplyPeriod_dates_ordered/,
    );
  });

  it("refuses Norgespris before delivery day 2025-10-01, and two Norgespris periods at once", async () => {
    const point = await createMeteringPoint(customerId);
    await expect(createNorgesprisPeriod(point.id, "2025-09-30")).rejects.toThrow(
      /NorgesprisPeriod_not_before_2025_10_01/,
    );
    await createNorgesprisPeriod(point.id, "2025-10-01");
    await expect(createNorgesprisPeriod(point.id, "2026-01-01")).rejects.toThrow(/overlap/);
  });

  it("refuses a municipality number that is not four digits", async () => {
    await expect(createMeteringPoint(customerId, { municipalityNumber: "55O1" })).rejects.toThrow(
      /MeteringPoint_municipality_number/,
    );
  });
});

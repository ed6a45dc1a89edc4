// The scheduled imports against the simulator server, through the real HTTP clients.
import { describe, expect, it } from "vitest";
import {
  importSpotPrices,
  importYesterdaysReadings,
} from "@/features/consumption/server/consumption-refresh";
import { db } from "@/platform/db";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import { createCustomer, createMeteringPoint, createSupplyPeriod } from "../support/factories";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();

const count = (priceArea: "NO1" | "NO4", from: string, to: string) =>
  db.spotPrice.count({ where: { priceArea, intervalStart: { gte: new Date(from), lt: new Date(to) } } });

describe("scheduled imports", () => {
  it("P14: imports every area's day-ahead prices: hourly before 2025-10-01, quarters from it, DST days whole", async () => {
    const spring = await importSpotPrices("2025-03-30", { registries: sim.registries });
    expect(spring).toEqual({ deliveryDay: "2025-03-30", imported: 5 * 23, missing: [] });
    const autumn = await importSpotPrices("2025-10-26", { registries: sim.registries });
    expect(autumn).toEqual({ deliveryDay: "2025-10-26", imported: 5 * 100, missing: [] });
    expect(await count("NO4", "2025-10-25T22:00:00Z", "2025-10-26T23:00:00Z")).toBe(100);
    const hourly = await db.spotPrice.findMany({
      where: {
        priceArea: "NO1",
        intervalStart: { gte: new Date("2025-03-29T23:00:00Z"), lt: new Date("2025-03-30T22:00:00Z") },
      },
    });
    expect(hourly.every((p) => p.resolution === "PT1H")).toBe(true);
    // Again: the same rows, nothing added.
    await importSpotPrices("2025-10-26", { registries: sim.registries });
    expect(await count("NO1", "2025-10-25T22:00:00Z", "2025-10-26T23:00:00Z")).toBe(100);
  });

  it("says which areas have no prices yet, and stores nothing for them", async () => {
    const result = await importSpotPrices("2099-01-01", { registries: sim.registries });
    expect(result.imported).toBe(0);
    expect(result.missing.map((m) => m.reason)).toEqual(Array(5).fill("not-found"));
  });

  it("P14: imports yesterday's readings for the metering points we supply, and not for one whose supply ended", async () => {
    const supplied = await createCustomer();
    const point = await createMeteringPoint(supplied.id, {
      gsrn: NAMED_PEOPLE.approved.meteringPoints[0]?.gsrn ?? "",
    });
    await createSupplyPeriod(supplied.id, point.id, "2025-01-01");
    const gone = await createCustomer();
    const old = await createMeteringPoint(gone.id, {
      gsrn: NAMED_PEOPLE.approvedQuarterHourly.meteringPoints[0]?.gsrn ?? "",
    });
    await createSupplyPeriod(gone.id, old.id, "2025-01-01", "2026-01-15");

    // 10:00 Oslo on 2 February 2026: yesterday is Oslo's 1 February, 24 hours.
    const result = await importYesterdaysReadings(new Date("2026-02-02T09:00:00Z"), {
      registries: sim.registries,
    });
    expect(result).toEqual({ meteringPoints: 1, imported: 24, failed: 0 });
    const rows = await db.consumptionReading.findMany({
      where: { meteringPointId: point.id },
      orderBy: { intervalStart: "asc" },
    });
    expect([rows[0]?.intervalStart.toISOString(), rows.at(-1)?.intervalStart.toISOString()]).toEqual([
      "2026-01-31T23:00:00.000Z",
      "2026-02-01T22:00:00.000Z",
    ]);
    expect(await db.consumptionReading.count({ where: { meteringPointId: old.id } })).toBe(0);
  });
});

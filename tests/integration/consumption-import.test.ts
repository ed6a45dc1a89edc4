import { describe, expect, it } from "vitest";
import { importMeteringValues } from "@/features/consumption/server/consumption-import";
import { db } from "@/platform/db";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import { createCustomer, createMeteringPoint } from "../support/factories";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();

async function pointFor(gsrn: string) {
  const customer = await createCustomer();
  const point = await createMeteringPoint(customer.id, { gsrn });
  return { customerId: customer.id, pointId: point.id };
}

const readings = (meteringPointId: string) =>
  db.consumptionReading.findMany({ where: { meteringPointId }, orderBy: { intervalStart: "asc" } });

describe("importing Elhub metering values into ConsumptionReading", () => {
  it("P8: imports hourly history across several Elhub calls, at the resolution Elhub delivered", async () => {
    const { pointId } = await pointFor(NAMED_PEOPLE.approved.meteringPoints[0]?.gsrn ?? "");
    const period = { start: new Date("2025-11-01T00:00:00Z"), end: new Date("2026-01-15T00:00:00Z") };
    const result = await importMeteringValues(pointId, period, { registries: sim.registries });
    const hours = (period.end.getTime() - period.start.getTime()) / 3_600_000;
    expect(result).toEqual({ ok: true, imported: hours, resolutions: ["PT1H"] });
    const rows = await readings(pointId);
    expect(rows).toHaveLength(hours);
    expect(rows.every((r) => r.resolution === "PT1H")).toBe(true);
    expect(rows[0]?.intervalStart.toISOString()).toBe("2025-11-01T00:00:00.000Z");
  });

  it("P8: keeps 15-minute values as 15-minute values", async () => {
    const { pointId } = await pointFor(NAMED_PEOPLE.approvedQuarterHourly.meteringPoints[0]?.gsrn ?? "");
    const result = await importMeteringValues(
      pointId,
      { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-02-02T00:00:00Z") },
      { registries: sim.registries },
    );
    expect(result).toEqual({ ok: true, imported: 96, resolutions: ["PT15M"] });
    expect((await readings(pointId)).every((r) => r.resolution === "PT15M")).toBe(true);
  });

  it("is idempotent: importing the same period twice leaves one row per interval with the same values", async () => {
    const { pointId } = await pointFor(NAMED_PEOPLE.approvedTwoPoints.meteringPoints[0]?.gsrn ?? "");
    const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-03-03T00:00:00Z") };
    await importMeteringValues(pointId, period, { registries: sim.registries });
    const first = await readings(pointId);
    await db.consumptionReading.update({
      where: { meteringPointId_intervalStart: { meteringPointId: pointId, intervalStart: period.start } },
      data: { kwh: "999" },
    });
    await importMeteringValues(pointId, period, { registries: sim.registries });
    const second = await readings(pointId);
    expect(second).toHaveLength(48);
    expect(second.map((r) => r.kwh.toString())).toEqual(first.map((r) => r.kwh.toString()));
  });

  it("an Elhub outage part-way keeps the whole chunks already imported, says so, and a rerun completes", async () => {
    const { pointId, customerId } = await pointFor(
      NAMED_PEOPLE.approvedDNumber.meteringPoints[0]?.gsrn ?? "",
    );
    const period = { start: new Date("2025-12-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
    // The first call answers; every attempt at the second fails.
    sim.server.faults.add("elhub", "slow", 1);
    sim.server.faults.add("elhub", "500", 3);
    const failed = await importMeteringValues(pointId, period, { registries: sim.registries });
    expect(failed).toEqual({ ok: false, reason: "unavailable", imported: 31 * 24 });
    const again = await importMeteringValues(pointId, period, { registries: sim.registries });
    expect(again.ok).toBe(true);
    expect(await db.consumptionReading.count({ where: { meteringPointId: pointId } })).toBe(62 * 24);
    const audit = await db.auditLog.findMany({
      where: { action: "consumption.import", targetId: pointId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.subjectCustomerId, (a.metadata as { complete: boolean }).complete])).toEqual([
      [customerId, false],
      [customerId, true],
    ]);
  });

  it("refuses an empty period and an unknown metering point without calling Elhub", async () => {
    const { pointId } = await pointFor(NAMED_PEOPLE.manualReview.meteringPoints[0]?.gsrn ?? "");
    const at = new Date("2026-01-01T00:00:00Z");
    expect(
      await importMeteringValues(pointId, { start: at, end: at }, { registries: sim.registries }),
    ).toEqual({
      ok: false,
      reason: "invalid-period",
      imported: 0,
    });
    expect(
      await importMeteringValues(
        "0193a0b0-0000-7000-8000-000000000000",
        { start: at, end: new Date("2026-01-02") },
        { registries: sim.registries },
      ),
    ).toEqual({ ok: false, reason: "unknown-metering-point", imported: 0 });
  });
});

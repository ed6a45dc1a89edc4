// Forbruk and its download across a move: supply periods decide whose readings are whose, so the mover
// sees the old point until the move date and the new one from it, and the previous occupant keeps theirs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/features/consumption/domain/view";
import { getConsumption, getConsumptionSummary } from "@/features/consumption/server";
import { confirmMove } from "@/features/contracts/server/confirm-move";
import { databaseConnection, db } from "@/platform/db";
import { createJobQueue, registerJobQueue } from "@/platform/jobs/job-queue";
import { startJobWorkers } from "@/platform/jobs/start-workers";
import { overrideRegistriesForTests } from "@/platform/registries/registries";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { createCustomer, createMeteringPoint, createSupplyPeriod } from "../support/factories";
import { DEMO_MOVE_TARGETS, KARI_NATIONAL_ID, moverWithContract } from "../support/movers";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
// Wednesday 25 November 2026, 13:00 in Oslo.
const NOW = new Date("2026-11-25T12:00:00Z");
const HOUR = 3_600_000;
const [SJOGATA] = DEMO_MOVE_TARGETS;
const NOVEMBER = parseView({ periode: "maned", dato: "2026-11", opplosning: "dag" }, "2026-11-25");

/** Hourly readings of `kwh` for whole Oslo days from `from` (inclusive) to `to` (exclusive). */
async function hourly(meteringPointId: string, from: string, to: string, kwh: string) {
  const start = osloMidnight(from).getTime();
  const hours = (osloMidnight(to).getTime() - start) / HOUR;
  await db.consumptionReading.createMany({
    data: Array.from({ length: hours }, (_, h) => ({
      meteringPointId,
      intervalStart: new Date(start + h * HOUR),
      resolution: "PT1H" as const,
      kwh,
    })),
  });
}

/** kWh per November day as the Forbruk page (and its download) has it for this customer and point. */
async function novemberDays(customerId: string, gsrn: string | undefined) {
  if (!NOVEMBER.ok) throw new Error(NOVEMBER.message);
  const data = await getConsumption(customerId, NOVEMBER.view, gsrn, NOW);
  if (!data) throw new Error("no data");
  return { gsrn: data.point.gsrn, day: (d: number) => data.buckets[d - 1]?.kwh ?? null };
}

describe("Forbruk across a move", () => {
  // Made before the tests, not when the file is collected: the file's own database is not in place yet.
  let boss: ReturnType<typeof createJobQueue>;
  beforeAll(() => {
    boss = createJobQueue(databaseConnection());
  });
  afterAll(() => boss.stop({ graceful: false, wait: true }));

  it("P8, P14: the mover sees the old point's readings until the move date and the new point's from it, imported from Elhub from that date only; the previous occupant keeps theirs", async () => {
    overrideRegistriesForTests(sim.registries);
    await boss.start();
    await startJobWorkers(boss, []);
    registerJobQueue(boss);

    // The flat in Bodø had a tenant until 10 November, with readings until then.
    const tenant = await createCustomer();
    const flat = await createMeteringPoint(tenant.id, { gsrn: SJOGATA?.gsrn, street: "Sjøgata 12" });
    await createSupplyPeriod(tenant.id, flat.id, "2025-01-01", "2026-11-10");
    await hourly(flat.id, "2026-11-08", "2026-11-10", "1");
    // Kari's old flat in Oslo, with readings on both sides of the move.
    const kari = await moverWithContract(KARI_NATIONAL_ID);
    await hourly(kari.point.id, "2026-11-08", "2026-11-12", "2");

    const done = await confirmMove(
      kari.actor,
      {
        contractId: kari.contractId,
        moveDate: "2026-11-10",
        streetName: "Sjøgata",
        houseNumber: "12",
        postalCode: "8006",
        meterNumber: undefined,
        gsrn: SJOGATA?.gsrn ?? "",
        confirm: "ja",
      },
      { registries: sim.registries, now: NOW },
    );
    expect(done).toMatchObject({ ok: true, meteringPointId: flat.id, historyQueued: true });

    // The queued job imports the flat's quarter hours from the move date.
    const sinceMove = { meteringPointId: flat.id, intervalStart: { gte: osloMidnight("2026-11-10") } };
    for (let i = 0; i < 60 && (await db.consumptionReading.count({ where: sinceMove })) < 14 * 96; i++) {
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await db.consumptionReading.count({ where: sinceMove })).toBeGreaterThanOrEqual(14 * 96);
    // Nothing before the move date was fetched: those readings are the tenant's 48 hours, untouched.
    const before = await db.consumptionReading.findMany({
      where: { meteringPointId: flat.id, intervalStart: { lt: osloMidnight("2026-11-10") } },
      select: { kwh: true, resolution: true },
    });
    expect(before).toHaveLength(48);
    expect(before.every((r) => r.kwh.toString() === "1" && r.resolution === "PT1H")).toBe(true);

    const oslo = await novemberDays(kari.actor.customerId, kari.point.gsrn);
    expect([oslo.day(8), oslo.day(9), oslo.day(10), oslo.day(11)]).toEqual([
      "48.0000",
      "48.0000",
      null,
      null,
    ]);
    const bodo = await novemberDays(kari.actor.customerId, SJOGATA?.gsrn);
    expect([bodo.day(8), bodo.day(9)]).toEqual([null, null]);
    expect(Number(bodo.day(10))).toBeGreaterThan(0);
    expect(Number(bodo.day(24))).toBeGreaterThan(0);
    // Without a choice, Forbruk opens on the point she lives at now.
    expect((await novemberDays(kari.actor.customerId, undefined)).gsrn).toBe(SJOGATA?.gsrn);

    const tenantView = await novemberDays(tenant.id, SJOGATA?.gsrn);
    expect([tenantView.day(9), tenantView.day(10)]).toEqual(["24.0000", null]);
  });

  it("P14: a move reported ahead leaves Forbruk and the overview on the point the customer lives at until the move date", async () => {
    const glad = NAMED_PEOPLE.approved;
    const { actor, point, contractId } = await moverWithContract(glad.nationalId);
    await hourly(point.id, "2026-11-20", "2026-11-25", "2");
    const done = await confirmMove(
      actor,
      {
        contractId,
        moveDate: "2026-12-10",
        streetName: glad.streetName,
        houseNumber: glad.buildingNumber,
        postalCode: glad.place.postalCode,
        meterNumber: undefined,
        gsrn: glad.meteringPoints[0]?.gsrn ?? "",
        confirm: "ja",
      },
      { registries: sim.registries, now: NOW },
    );
    // Readings from days to come arrive with the morning import: nothing to queue.
    expect(done).toMatchObject({ ok: true, historyQueued: false });
    const view = await novemberDays(actor.customerId, undefined);
    expect(view.gsrn).toBe(point.gsrn);
    expect(view.day(24)).toBe("48.0000");
    expect((await getConsumptionSummary(actor.customerId, NOW))?.gsrn).toBe(point.gsrn);
  });
});

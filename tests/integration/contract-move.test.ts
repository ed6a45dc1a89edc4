import { describe, expect, it } from "vitest";
import { MOVE_SEARCHES_PER_HOUR, type TMoveSearch } from "@/features/contracts/domain/contract-move";
import { confirmMove } from "@/features/contracts/server/confirm-move";
import { getContracts } from "@/features/contracts/server/contracts";
import { findMoveTarget } from "@/features/contracts/server/find-move-target";
import { terminateContract } from "@/features/contracts/server/termination";
import { listUnreadNotices } from "@/features/notices/server/notices";
import { db } from "@/platform/db";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import {
  type ContractOverrides,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "../support/factories";
import { DEMO_MOVE_TARGETS, KARI_NATIONAL_ID, moverWithContract } from "../support/movers";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
// Wednesday 25 November 2026, 13:00 in Oslo.
const NOW = new Date("2026-11-25T12:00:00Z");
const opts = () => ({ registries: sim.registries, now: NOW });

const KARI_ID = KARI_NATIONAL_ID;
const [SJOGATA, TOLLBUGATA, FJELLVEIEN, PRINSENS_GATE] = DEMO_MOVE_TARGETS;

/** A mover on a fixed-price contract. */
async function mover(nationalId = KARI_ID, contract: ContractOverrides = {}) {
  const m = await moverWithContract(nationalId, {
    product: "FIXED",
    markupOrePerKwh: "0",
    fixedPriceOrePerKwh: "79.9",
    fixedUntil: new Date("2027-06-01"),
    ...contract,
  });
  return { ...m, pointId: m.point.id };
}

const address = (p: typeof SJOGATA) => ({
  streetName: p?.streetName ?? "",
  houseNumber: p?.buildingNumber ?? "",
  postalCode: p?.place.postalCode ?? "",
});

function search(contractId: string, overrides: Partial<TMoveSearch> = {}): TMoveSearch {
  return { contractId, moveDate: "2026-12-10", ...address(SJOGATA), meterNumber: undefined, ...overrides };
}

/** Everything a move writes, counted: a refused move leaves every count as it was. */
async function footprint() {
  const [contracts, periods, points, audits, notices] = await Promise.all([
    db.contract.count(),
    db.supplyPeriod.count(),
    db.meteringPoint.count(),
    db.auditLog.count({ where: { action: "contract.move" } }),
    db.notice.count(),
  ]);
  const ended = await db.contract.count({ where: { endDate: { not: null } } });
  return { contracts, periods, points, audits, notices, ended };
}

describe("reporting a move", () => {
  it("P8, P14: the contract follows the customer to the point Elhub finds: old contract and supply end at the move date, new ones start there, audited, with a notice and in the history", async () => {
    const concludedAt = new Date("2026-11-30T08:00:00Z");
    const { actor, pointId, contractId } = await mover(KARI_ID, { termsVersion: "2026-12-07", concludedAt });
    const found = await findMoveTarget(actor, search(contractId), opts());
    expect(found).toEqual({
      ok: true,
      targets: [
        {
          gsrn: SJOGATA?.gsrn,
          meterNumber: SJOGATA?.meterNumber,
          street: "Sjøgata 12",
          postalCode: "8006",
          city: "BODØ",
          municipalityNumber: "1804",
          priceArea: "NO4",
          gridCompany: "Arva",
          resolution: "PT15M",
          // Bodø is in Nordland: no VAT, whatever the price area.
          vatExempt: true,
        },
      ],
      terms: {
        product: "FIXED",
        markupOrePerKwh: "0",
        monthlyFeeOre: 4900,
        fixedPriceOrePerKwh: "79.9",
        fixedUntil: "2027-06-01",
        vatBasisPoints: 2500,
      },
    });
    // The search wrote nothing.
    expect(await db.meteringPoint.count({ where: { gsrn: SJOGATA?.gsrn } })).toBe(0);

    const done = await confirmMove(
      actor,
      { ...search(contractId), gsrn: SJOGATA?.gsrn ?? "", confirm: "ja" },
      opts(),
    );
    expect(done).toMatchObject({ ok: true, date: "2026-12-10", historyQueued: false });

    const point = await db.meteringPoint.findUniqueOrThrow({ where: { gsrn: SJOGATA?.gsrn } });
    expect(point).toMatchObject({
      street: "Sjøgata 12",
      postalCode: "8006",
      city: "BODØ",
      priceArea: "NO4",
      gridCompany: "Arva",
      municipalityNumber: "1804",
      usageType: "HOME",
      customerId: actor.customerId,
    });
    const periods = await db.supplyPeriod.findMany({
      where: { customerId: actor.customerId },
      orderBy: { fromDate: "asc" },
      select: { meteringPointId: true, fromDate: true, toDate: true },
    });
    expect(periods).toEqual([
      { meteringPointId: pointId, fromDate: new Date("2025-01-01"), toDate: new Date("2026-12-10") },
      { meteringPointId: point.id, fromDate: new Date("2026-12-10"), toDate: null },
    ]);
    const contracts = await db.contract.findMany({
      where: { customerId: actor.customerId },
      orderBy: { startDate: "asc" },
    });
    expect(contracts).toHaveLength(2);
    expect(contracts[0]).toMatchObject({ id: contractId, endDate: new Date("2026-12-10") });
    expect(contracts[1]).toMatchObject({
      meteringPointId: point.id,
      product: "FIXED",
      monthlyFeeOre: 4900,
      fixedUntil: new Date("2027-06-01"),
      startDate: new Date("2026-12-10"),
      endDate: null,
      // The move date is ahead: pending until then.
      status: "PENDING",
      // The same agreement at the new address: the accepted terms and the day it was made go with it.
      termsVersion: "2026-12-07",
      concludedAt,
    });
    expect(contracts[1]?.fixedPriceOrePerKwh?.toString()).toBe("79.9");

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "contract.move", targetId: contractId },
    });
    expect(audit).toMatchObject({ actorUserId: actor.userId, subjectCustomerId: actor.customerId });
    expect(audit.metadata).toEqual({
      newContractId: contracts[1]?.id,
      fromMeteringPointId: pointId,
      toMeteringPointId: point.id,
      moveDate: "2026-12-10",
      newMeteringPoint: true,
    });
    expect(JSON.stringify(audit.metadata)).not.toMatch(/Sjøgata|8006|BODØ/);
    // Both steps asked Elhub, and each look-up is on record (P8), without the address.
    const lookups = await db.auditLog.findMany({
      where: { action: "registry.lookup", subjectCustomerId: actor.customerId },
      select: { metadata: true },
    });
    expect(lookups.map((l) => l.metadata)).toEqual([
      { registry: "elhub", purpose: "move", outcome: "found" },
      { registry: "elhub", purpose: "move", outcome: "found" },
    ]);
    const [notice] = await listUnreadNotices(actor.customerId);
    expect(notice).toMatchObject({ href: "/min-side/avtale", text: expect.stringContaining("Flyttingen") });

    const page = await getContracts(actor.customerId, NOW);
    expect(page?.contracts.map((c) => [c.meteringPoint.address, c.startDate, c.endDate, c.endedBy])).toEqual([
      ["Sjøgata 12, 8006 Bodø", "2026-12-10", null, null],
      ["Målerveien 1, 0150 Oslo", "2025-01-01", "2026-12-10", "move"],
    ]);
    // Opening the contract page read the notice.
    expect(await listUnreadNotices(actor.customerId)).toEqual([]);
    // One move at a time: the old contract now has its end scheduled.
    expect(await findMoveTarget(actor, search(contractId), opts())).toEqual({
      ok: false,
      reason: "change-scheduled",
    });
  });

  it("asks Elhub again on confirmation: a metering point the browser posts counts only as a choice among Elhub's answer", async () => {
    const { actor, contractId } = await mover();
    const before = await footprint();
    const confirm = (overrides: Partial<TMoveSearch>, gsrn: string) =>
      confirmMove(actor, { ...search(contractId, overrides), gsrn, confirm: "ja" }, opts());
    // Someone else's point, posted with Kari's new address.
    expect(await confirm({}, NAMED_PEOPLE.approved.meteringPoints[0]?.gsrn ?? "")).toEqual({
      ok: false,
      reason: "elhub-not-found",
    });
    // The points Elhub refuses stay refused, whatever is posted.
    expect(await confirm(address(TOLLBUGATA), TOLLBUGATA?.gsrn ?? "")).toEqual({
      ok: false,
      reason: "blocked-for-switching",
    });
    expect(await confirm(address(FJELLVEIEN), SJOGATA?.gsrn ?? "")).toEqual({
      ok: false,
      reason: "disconnected",
    });
    expect(await footprint()).toEqual(before);
  });

  it("leaves nothing written when Elhub is unavailable, and the same move goes through when it answers again", async () => {
    const kari = await mover();
    const glad = NAMED_PEOPLE.approved;
    const { actor, contractId } = await mover(glad.nationalId);
    const input = {
      ...search(contractId, {
        streetName: glad.streetName,
        houseNumber: glad.buildingNumber,
        postalCode: "0182",
      }),
      gsrn: glad.meteringPoints[0]?.gsrn ?? "",
      confirm: "ja" as const,
    };
    const before = await footprint();
    // The first attempt and both retries fail.
    sim.fault("elhub", "500", 3);
    expect(await findMoveTarget(actor, input, opts())).toEqual({ ok: false, reason: "elhub-unavailable" });
    sim.fault("elhub", "timeout", 3);
    expect(await confirmMove(actor, input, opts())).toEqual({ ok: false, reason: "elhub-unavailable" });
    // The demo's address where Elhub always fails.
    expect(await findMoveTarget(kari.actor, search(kari.contractId, address(PRINSENS_GATE)), opts())).toEqual(
      {
        ok: false,
        reason: "elhub-unavailable",
      },
    );
    expect(await footprint()).toEqual(before);
    expect((await confirmMove(actor, input, opts())).ok).toBe(true);
  });

  it("names each reason Elhub or the contract stops a move for, and writes nothing", async () => {
    const { actor, contractId } = await mover();
    const before = await footprint();
    const cases: [Partial<TMoveSearch>, string][] = [
      [{ streetName: "Finnesikkeveien", houseNumber: "1", postalCode: "8006" }, "elhub-not-found"],
      [{ ...address(SJOGATA), meterNumber: "0000000000" }, "elhub-not-found"],
      [address(TOLLBUGATA), "blocked-for-switching"],
      [address(FJELLVEIEN), "disconnected"],
      [{ streetName: "målerveien", houseNumber: "1", postalCode: "0150" }, "same-address"],
      [{ moveDate: "2026-10-25" }, "date-out-of-range"],
      [{ moveDate: "2027-02-24" }, "date-out-of-range"],
    ];
    for (const [overrides, reason] of cases) {
      expect(await findMoveTarget(actor, search(contractId, overrides), opts()), reason).toEqual({
        ok: false,
        reason,
      });
    }
    // With a meter number, Elhub is asked by it instead of the address.
    expect(
      await findMoveTarget(actor, search(contractId, { meterNumber: FJELLVEIEN?.meterNumber }), opts()),
    ).toEqual({ ok: false, reason: "disconnected" });
    expect(await footprint()).toEqual(before);
  });

  it("P20: a customer may search at most MOVE_SEARCHES_PER_HOUR addresses an hour, so Min side surveys nobody's home", async () => {
    const m = await mover();
    const refusedForCount = (result: Awaited<ReturnType<typeof findMoveTarget>>) =>
      !result.ok && result.reason === "too-many-searches";
    for (let i = 0; i < MOVE_SEARCHES_PER_HOUR; i++) {
      expect(refusedForCount(await findMoveTarget(m.actor, search(m.contractId), opts()))).toBe(false);
    }
    expect(await findMoveTarget(m.actor, search(m.contractId), opts())).toEqual({
      ok: false,
      reason: "too-many-searches",
    });
    const later = { registries: sim.registries, now: new Date(NOW.getTime() + 61 * 60_000) };
    expect(refusedForCount(await findMoveTarget(m.actor, search(m.contractId), later))).toBe(false);
  });

  it("P20: the confirm step's Elhub look-ups count against the same limit: past it, confirm is refused without asking Elhub and moves nothing", async () => {
    const m = await mover();
    const lookups = () =>
      db.auditLog.count({ where: { action: "registry.lookup", subjectCustomerId: m.actor.customerId } });
    // The probe's bypass: confirm asks Elhub about any address, whatever målepunkt-ID is posted with it.
    const anyPoint = { ...search(m.contractId), gsrn: "707057500000000000", confirm: "ja" as const };
    for (let i = 0; i < MOVE_SEARCHES_PER_HOUR - 1; i++) {
      expect(await confirmMove(m.actor, anyPoint, opts())).toEqual({ ok: false, reason: "elhub-not-found" });
    }
    // One search and the confirms share the hour's look-ups.
    expect(await findMoveTarget(m.actor, search(m.contractId), opts())).not.toEqual({
      ok: false,
      reason: "too-many-searches",
    });
    expect(await lookups()).toBe(MOVE_SEARCHES_PER_HOUR);
    const before = await footprint();
    const real = { ...search(m.contractId), gsrn: SJOGATA?.gsrn ?? "", confirm: "ja" as const };
    expect(await confirmMove(m.actor, real, opts())).toEqual({ ok: false, reason: "too-many-searches" });
    expect(await findMoveTarget(m.actor, search(m.contractId), opts())).toEqual({
      ok: false,
      reason: "too-many-searches",
    });
    expect(await lookups()).toBe(MOVE_SEARCHES_PER_HOUR);
    expect(await footprint()).toEqual(before);
    // An hour later Elhub is asked again.
    const later = { registries: sim.registries, now: new Date(NOW.getTime() + 61 * 60_000) };
    expect(await confirmMove(m.actor, real, later)).not.toEqual({ ok: false, reason: "too-many-searches" });
    expect(await lookups()).toBe(MOVE_SEARCHES_PER_HOUR + 1);
  });

  it("an ended contract cannot move, nor one that starts after the move date", async () => {
    const ended = await mover(KARI_ID, { status: "TERMINATED", endDate: new Date("2026-11-01") });
    const later = await mover(KARI_ID, { startDate: new Date("2026-12-20") });
    expect(await findMoveTarget(ended.actor, search(ended.contractId), opts())).toEqual({
      ok: false,
      reason: "not-current",
    });
    expect(await findMoveTarget(later.actor, search(later.contractId), opts())).toEqual({
      ok: false,
      reason: "date-out-of-range",
    });
    const terminated = await mover();
    await terminateContract(
      terminated.actor,
      { contractId: terminated.contractId, endDate: "2026-12-31" },
      NOW,
    );
    expect(
      await confirmMove(
        terminated.actor,
        { ...search(terminated.contractId), gsrn: SJOGATA?.gsrn ?? "", confirm: "ja" },
        opts(),
      ),
    ).toEqual({ ok: false, reason: "change-scheduled" });
  });

  it("another customer's contract is not found, in both steps, and nothing of theirs changes", async () => {
    const kari = await mover();
    const other = await mover();
    const before = await footprint();
    expect(await findMoveTarget(other.actor, search(kari.contractId), opts())).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(
      await confirmMove(
        other.actor,
        { ...search(kari.contractId), gsrn: SJOGATA?.gsrn ?? "", confirm: "ja" },
        opts(),
      ),
    ).toEqual({ ok: false, reason: "not-found" });
    expect(await footprint()).toEqual(before);
  });

  it("P14: never takes a metering point another customer is supplied on: the database refuses the overlap, nothing is written; once they move out, the point is handed over", async () => {
    const travel = NAMED_PEOPLE.approvedTwoPoints;
    const [flat] = travel.meteringPoints;
    const tenant = await createCustomer();
    const held = await createMeteringPoint(tenant.id, { gsrn: flat?.gsrn, street: "Munkegata 3" });
    const tenancy = await createSupplyPeriod(tenant.id, held.id, "2024-01-01");
    const { actor, contractId } = await mover(travel.nationalId);
    const toFlat = search(contractId, {
      streetName: "Munkegata",
      houseNumber: "3",
      postalCode: "7010",
      meterNumber: flat?.meterNumber,
    });

    expect(await findMoveTarget(actor, toFlat, opts())).toEqual({
      ok: false,
      reason: "metering-point-taken",
    });
    const before = await footprint();
    // The confirm step has no check of its own for this: the trigger refuses, the service says why.
    expect(await confirmMove(actor, { ...toFlat, gsrn: flat?.gsrn ?? "", confirm: "ja" }, opts())).toEqual({
      ok: false,
      reason: "metering-point-taken",
    });
    expect(await footprint()).toEqual(before);
    expect(await db.meteringPoint.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      customerId: tenant.id,
    });

    // The tenant moves out on 1 December: from that day the point is free.
    await db.supplyPeriod.update({ where: { id: tenancy.id }, data: { toDate: new Date("2026-12-01") } });
    expect(await findMoveTarget(actor, { ...toFlat, moveDate: "2026-11-30" }, opts())).toEqual({
      ok: false,
      reason: "metering-point-taken",
    });
    const done = await confirmMove(
      actor,
      { ...toFlat, moveDate: "2026-12-01", gsrn: flat?.gsrn ?? "", confirm: "ja" },
      opts(),
    );
    expect(done).toMatchObject({ ok: true, meteringPointId: held.id });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "contract.move", targetId: contractId },
    });
    expect(audit.metadata).toMatchObject({ newMeteringPoint: false });
  });
});

import { describe, expect, it } from "vitest";
import { updateContractStatuses } from "@/features/contracts/server/contract-lifecycle";
import { terminateContract } from "@/features/contracts/server/termination";
import { CUSTOMER_SCOPES, ownerOf } from "@/features/privacy/server/customer-data";
import { eraseCustomer } from "@/features/privacy/server/erasure";
import { erasurePreview } from "@/features/privacy/server/erasure-preview";
import { runRetention } from "@/features/privacy/server/retention";
import { db } from "@/platform/db";
import { createContract, createMeteringPoint, createSupplyPeriod, createUser } from "../support/factories";

// Wednesday 25 November 2026, 13:00 in Oslo.
const NOW = new Date("2026-11-25T12:00:00Z");

/** The staff member who carries out an erasure. */
async function staff() {
  return { userId: (await createUser({ role: "SUPPORT" })).id, role: "SUPPORT" as const };
}

/** A customer with a login and an ongoing spot contract and supply on their own metering point. */
async function currentCustomer(pointId?: string, from = "2025-01-01") {
  const user = await createUser();
  const customerId = user.customerId as string;
  const meteringPointId = pointId ?? (await createMeteringPoint(customerId)).id;
  const contract = await createContract(customerId, meteringPointId, { startDate: new Date(from) });
  await createSupplyPeriod(customerId, meteringPointId, from);
  return { userId: user.id, customerId, meteringPointId, contractId: contract.id };
}

/** Hourly readings of 1 kWh on the metering point for the Oslo hours of [from, to) (UTC instants). */
async function readings(meteringPointId: string, from: string, to: string) {
  const data = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 3_600_000) {
    data.push({
      meteringPointId,
      intervalStart: new Date(t),
      resolution: "PT1H" as const,
      kwh: "1",
      quality: "MEASURED" as const,
    });
  }
  await db.consumptionReading.createMany({ data });
}

describe("contract lifecycle", () => {
  it("P24: a contract the customer ended on Avtale blocks erasure until its end date, and not after", async () => {
    const kari = await currentCustomer();
    const actor = { userId: kari.userId, customerId: kari.customerId };
    expect(
      await terminateContract(actor, { contractId: kari.contractId, endDate: "2026-12-15" }, NOW),
    ).toEqual({
      ok: true,
      date: "2026-12-15",
    });

    expect((await erasurePreview(kari.customerId, new Date("2026-12-14T12:00:00Z")))?.activeContracts).toBe(
      1,
    );
    expect(await eraseCustomer(kari.customerId, await staff(), new Date("2026-12-14T12:00:00Z"))).toEqual({
      ok: false,
      reason: "active-contract",
    });
    // No job has run yet: the date alone decides.
    const after = new Date("2026-12-15T12:00:00Z");
    expect((await erasurePreview(kari.customerId, after))?.activeContracts).toBe(0);
    expect(await eraseCustomer(kari.customerId, await staff(), after)).toEqual({
      ok: true,
      alreadyErased: false,
    });
  });

  it("P21: once the last contract's end date has come, the customer is a former customer and the retention periods run", async () => {
    const ola = await currentCustomer();
    await terminateContract(
      { userId: ola.userId, customerId: ola.customerId },
      { contractId: ola.contractId, endDate: "2026-12-15" },
      NOW,
    );
    // 23:30 in Oslo on the last day of supply.
    await updateContractStatuses(new Date("2026-12-14T22:30:00Z"));
    expect(await db.customer.findUniqueOrThrow({ where: { id: ola.customerId } })).toMatchObject({
      status: "ACTIVE",
    });

    await updateContractStatuses(new Date("2026-12-14T23:30:00Z"));
    expect(await db.contract.findUniqueOrThrow({ where: { id: ola.contractId } })).toMatchObject({
      status: "TERMINATED",
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: ola.customerId } })).toMatchObject({
      status: "ENDED",
      // Oslo midnight starting 15 December.
      endedAt: new Date("2026-12-14T23:00:00Z"),
    });
    expect(
      await db.auditLog.count({
        where: { subjectCustomerId: ola.customerId, action: { in: ["contract.ended", "customer.ended"] } },
      }),
    ).toBe(2);

    // The register: a former customer's login goes when the relationship ends.
    await runRetention({ now: new Date("2026-12-16T12:00:00Z") });
    expect(await db.user.count({ where: { id: ola.userId } })).toBe(0);
  });

  it("a new customer's pending contract becomes active on its start date", async () => {
    const user = await createUser();
    const customerId = user.customerId as string;
    const point = await createMeteringPoint(customerId);
    const { id } = await createContract(customerId, point.id, {
      status: "PENDING",
      startDate: new Date("2026-12-01"),
    });
    await updateContractStatuses(new Date("2026-11-30T22:30:00Z"));
    expect((await db.contract.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    await updateContractStatuses(new Date("2026-11-30T23:30:00Z"));
    expect((await db.contract.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");
  });

  it("a customer with another contract still running stays a customer", async () => {
    const ingrid = await currentCustomer();
    const cabin = await createMeteringPoint(ingrid.customerId);
    await createContract(ingrid.customerId, cabin.id, {
      status: "ACTIVE",
      startDate: new Date("2025-01-01"),
      endDate: new Date("2026-06-01"),
    });
    await updateContractStatuses(NOW);
    expect(await db.customer.findUniqueOrThrow({ where: { id: ingrid.customerId } })).toMatchObject({
      status: "ACTIVE",
      endedAt: null,
    });
  });

  /** Two tenants of one metering point, the first leaving on 1 December 2026, twelve readings each side. */
  async function twoTenants() {
    const before = await currentCustomer(undefined, "2025-01-01");
    await terminateContract(
      { userId: before.userId, customerId: before.customerId },
      { contractId: before.contractId, endDate: "2026-12-01" },
      NOW,
    );
    const after = await currentCustomer(before.meteringPointId, "2026-12-01");
    // 30 November 2026 from 12:00 Oslo time to 1 December 12:00.
    await readings(before.meteringPointId, "2026-11-30T11:00:00Z", "2026-12-01T11:00:00Z");
    // The point's current customer is the new tenant; only the supply periods say whose readings are whose.
    await db.meteringPoint.update({
      where: { id: before.meteringPointId },
      data: { customerId: after.customerId },
    });
    return { before, after };
  }

  const copiedReadings = async (customerId: string) => {
    const owner = await ownerOf(customerId);
    const scope = CUSTOMER_SCOPES.ConsumptionReading;
    if (!owner || !("where" in scope)) throw new Error("no scope");
    return db.consumptionReading.count({ where: scope.where(owner) });
  };

  it("P22, P14: the access copy of each tenant of a metering point holds their own readings only", async () => {
    const { before, after } = await twoTenants();
    expect(await copiedReadings(before.customerId)).toBe(12);
    expect(await copiedReadings(after.customerId)).toBe(12);
  });

  it("P24: erasing a former tenant takes their readings and leaves the next tenant's", async () => {
    const { before, after } = await twoTenants();
    const day = new Date("2026-12-02T12:00:00Z");
    expect(await eraseCustomer(before.customerId, await staff(), day)).toMatchObject({
      ok: true,
      alreadyErased: false,
    });
    expect(await db.consumptionReading.count({ where: { meteringPointId: before.meteringPointId } })).toBe(
      12,
    );
    expect(await copiedReadings(after.customerId)).toBe(12);
  });

  it("P21: three months after a tenant left, retention deletes their readings and leaves the next tenant's", async () => {
    const { before, after } = await twoTenants();
    await runRetention({ now: new Date("2027-02-28T12:00:00Z") });
    expect(await copiedReadings(before.customerId)).toBe(12);
    await runRetention({ now: new Date("2027-03-02T12:00:00Z") });
    expect(await copiedReadings(before.customerId)).toBe(0);
    expect(await copiedReadings(after.customerId)).toBe(12);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { updateContractStatuses } from "@/features/contracts/server/contract-lifecycle";
import { getContracts } from "@/features/contracts/server/contracts";
import { changeProduct } from "@/features/contracts/server/product-change";
import { terminateContract } from "@/features/contracts/server/termination";
import { db } from "@/platform/db";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createNorgesprisPeriod,
  createSupplyPeriod,
} from "../support/factories";

// Wednesday 25 November 2026, 13:00 in Oslo.
const NOW = new Date("2026-11-25T12:00:00Z");

async function customerWithContract(municipalityNumber = "0301") {
  const customer = await createCustomer();
  const point = await createMeteringPoint(customer.id, { municipalityNumber });
  await createSupplyPeriod(customer.id, point.id, "2025-01-01");
  const contract = await createContract(customer.id, point.id);
  return {
    customerId: customer.id,
    userId: customer.id,
    pointId: point.id,
    contractId: contract.id,
    gsrn: point.gsrn,
  };
}

let kari: Awaited<ReturnType<typeof customerWithContract>>;
let lars: Awaited<ReturnType<typeof customerWithContract>>;

beforeAll(async () => {
  kari = await customerWithContract();
  lars = await customerWithContract("5501");
  await createNorgesprisPeriod(kari.pointId, "2025-10-01");
});

describe("contracts", () => {
  it("shows the customer's own contract with its metering point, VAT status and Norgespris", async () => {
    const page = await getContracts(lars.customerId, NOW);
    expect(page?.contracts).toHaveLength(1);
    expect(page?.contracts[0]).toMatchObject({
      product: "SPOT",
      startDate: "2025-01-01",
      current: true,
      meteringPoint: { gsrn: lars.gsrn, vatExempt: true, norgesprisSince: null },
    });
    const own = await getContracts(kari.customerId, NOW);
    expect(own?.contracts[0]?.meteringPoint).toMatchObject({
      vatExempt: false,
      norgesprisSince: "2025-10-01",
    });
    expect(JSON.stringify(own)).not.toContain(lars.gsrn);
  });

  it("changes product from a date: the old contract ends the day before, the new one on today's offer starts, audited", async () => {
    const actor = {
      userId: (
        await db.user.create({
          data: { email: "k@example.com", passwordHash: "x", role: "CUSTOMER", customerId: kari.customerId },
          select: { id: true },
        })
      ).id,
      customerId: kari.customerId,
    };
    expect(
      await changeProduct(
        actor,
        { contractId: kari.contractId, product: "SPOT", fromDate: "2026-12-01" },
        NOW,
      ),
    ).toEqual({
      ok: false,
      reason: "same-product",
    });
    for (const fromDate of ["2026-11-25", "2027-03-01"]) {
      expect(
        await changeProduct(actor, { contractId: kari.contractId, product: "FIXED", fromDate }, NOW),
      ).toEqual({
        ok: false,
        reason: "date-out-of-range",
      });
    }
    expect(
      await changeProduct(
        actor,
        { contractId: kari.contractId, product: "FIXED", fromDate: "2026-12-01" },
        NOW,
      ),
    ).toEqual({
      ok: true,
      date: "2026-12-01",
    });
    const contracts = await db.contract.findMany({
      where: { customerId: kari.customerId },
      orderBy: { startDate: "asc" },
    });
    expect(
      contracts.map((c) => [
        c.product,
        c.startDate.toISOString().slice(0, 10),
        c.endDate?.toISOString().slice(0, 10) ?? null,
        c.fixedPriceOrePerKwh?.toString() ?? null,
        c.status,
      ]),
    ).toEqual([
      ["SPOT", "2025-01-01", "2026-12-01", null, "ACTIVE"],
      // Pending until its first day, when the daily status job takes over from the old one.
      ["FIXED", "2026-12-01", null, "79.9", "PENDING"],
    ]);
    expect(
      await db.auditLog.count({
        where: { action: "contract.product-change", subjectCustomerId: kari.customerId },
      }),
    ).toBe(1);
    // A second change of the same contract is refused: it already has one scheduled.
    expect(
      await changeProduct(
        actor,
        { contractId: kari.contractId, product: "FIXED", fromDate: "2026-12-02" },
        NOW,
      ),
    ).toEqual({
      ok: false,
      reason: "change-scheduled",
    });
    // On the change date the daily status job hands over from the old contract to the new one.
    await updateContractStatuses(new Date("2026-12-01T06:00:00Z"));
    expect(
      (
        await db.contract.findMany({ where: { customerId: kari.customerId }, orderBy: { startDate: "asc" } })
      ).map((c) => c.status),
    ).toEqual(["TERMINATED", "ACTIVE"]);
  });

  it("P14: another customer's contract is not found, for a product change and a termination alike", async () => {
    const stranger = { userId: kari.customerId, customerId: kari.customerId };
    expect(
      await changeProduct(
        stranger,
        { contractId: lars.contractId, product: "FIXED", fromDate: "2026-12-01" },
        NOW,
      ),
    ).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(
      await terminateContract(stranger, { contractId: lars.contractId, endDate: "2026-12-01" }, NOW),
    ).toEqual({
      ok: false,
      reason: "not-found",
    });
    const untouched = await db.contract.findUniqueOrThrow({ where: { id: lars.contractId } });
    expect(untouched.endDate).toBeNull();
  });

  it("P14: terminating ends the contract and the supply period, so later readings are not the customer's", async () => {
    const actor = { userId: lars.customerId, customerId: lars.customerId };
    expect(
      await terminateContract(actor, { contractId: lars.contractId, endDate: "2027-01-01" }, NOW),
    ).toEqual({
      ok: true,
      date: "2027-01-01",
    });
    const supply = await db.supplyPeriod.findMany({ where: { customerId: lars.customerId } });
    expect(supply.map((s) => s.toDate?.toISOString().slice(0, 10))).toEqual(["2027-01-01"]);
    expect(
      await terminateContract(actor, { contractId: lars.contractId, endDate: "2027-01-02" }, NOW),
    ).toEqual({
      ok: false,
      reason: "change-scheduled",
    });
  });
});

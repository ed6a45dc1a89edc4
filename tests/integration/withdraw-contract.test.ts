import { describe, expect, it } from "vitest";
import { getContracts } from "@/features/contracts/server/contracts";
import { withdrawContract } from "@/features/contracts/server/withdraw-contract";
import { withdrawalQuote } from "@/features/contracts/server/withdrawal-quote";
import { viewCustomer } from "@/features/customers/server/customer-view";
import { db } from "@/platform/db";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import {
  type ContractOverrides,
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
  createUser,
} from "../support/factories";

// Thursday 10 December 2026, 13:00 in Oslo.
const NOW = new Date("2026-12-10T12:00:00Z");
const HOUR = 3_600_000;

/** A customer who concluded a contract on Monday 7 December, with a login, supply from the start date. */
async function newCustomer(contract: ContractOverrides & { startDate: Date }) {
  const customer = await createCustomer();
  const point = await createMeteringPoint(customer.id);
  const start = contract.startDate.toISOString().slice(0, 10);
  await createSupplyPeriod(customer.id, point.id, start);
  const { id } = await createContract(customer.id, point.id, {
    concludedAt: new Date("2026-12-07T09:00:00Z"),
    status: contract.startDate <= NOW ? "ACTIVE" : "PENDING",
    ...contract,
  });
  const user = await db.user.create({
    data: {
      email: `angre-${customer.id}@example.com`,
      passwordHash: "x",
      role: "CUSTOMER",
      customerId: customer.id,
    },
    select: { id: true },
  });
  return { actor: { userId: user.id, customerId: customer.id }, contractId: id, pointId: point.id };
}

const contractRow = (id: string) =>
  db.contract.findUniqueOrThrow({
    where: { id },
    select: { status: true, endDate: true, withdrawnAt: true },
  });
const supplyRows = (customerId: string) =>
  db.supplyPeriod.findMany({ where: { customerId }, select: { fromDate: true, toDate: true } });

describe("withdrawing from a contract (angrerett)", () => {
  it("within the period, before supply starts: the contract never starts, no cost, audited", async () => {
    const { actor, contractId } = await newCustomer({ startDate: new Date("2026-12-22") });
    const result = await withdrawContract(actor, { contractId }, NOW);
    expect(result).toEqual({
      ok: true,
      contractId,
      startDate: "2026-12-22",
      endDate: "2026-12-22",
      daysSupplied: 0,
      paysForDaysSupplied: false,
      cost: null,
    });
    expect(await contractRow(contractId)).toEqual({
      status: "TERMINATED",
      endDate: new Date("2026-12-22"),
      withdrawnAt: NOW,
    });
    // Supply that never started is no supply period at all.
    expect(await supplyRows(actor.customerId)).toEqual([]);
    const audit = await db.auditLog.findMany({
      where: { action: "contract.withdraw", subjectCustomerId: actor.customerId },
      select: { actorUserId: true, targetId: true, metadata: true },
    });
    expect(audit).toEqual([
      {
        actorUserId: actor.userId,
        targetId: contractId,
        metadata: { endDate: "2026-12-22", daysSupplied: 0, paysForDaysSupplied: false },
      },
    ]);
    const page = await getContracts(actor.customerId, NOW);
    expect(page?.contracts[0]).toMatchObject({ current: false, endedBy: "withdrawal", status: "TERMINATED" });
    // Customer service sees the withdrawal on the customer's card.
    const staff = await createUser({ role: "SUPPORT" });
    const view = await viewCustomer({ userId: staff.id, role: "SUPPORT" }, actor.customerId, "inquiry", NOW);
    expect(view?.contracts.map((c) => [c.status, c.withdrawnAt])).toEqual([["TERMINATED", NOW]]);
    // A second withdrawal finds it withdrawn.
    expect(await withdrawContract(actor, { contractId }, NOW)).toEqual({
      ok: false,
      reason: "already-withdrawn",
    });
  });

  it("within the period, supply started early at the customer's request: ends today, they pay for the days used", async () => {
    const { actor, contractId, pointId } = await newCustomer({
      startDate: new Date("2026-12-08"),
      startDuringWithdrawalPeriod: true,
    });
    // 8 and 9 December: 2 kWh every hour at 100 øre/kWh; 10 December (withdrawal day) is not charged.
    const start = osloMidnight("2026-12-08").getTime();
    await db.consumptionReading.createMany({
      data: Array.from({ length: 72 }, (_, h) => ({
        meteringPointId: pointId,
        intervalStart: new Date(start + h * HOUR),
        resolution: "PT1H" as const,
        kwh: "2",
      })),
    });
    await db.spotPrice.createMany({
      data: Array.from({ length: 72 * 4 }, (_, q) => ({
        priceArea: "NO1" as const,
        intervalStart: new Date(start + (q * HOUR) / 4),
        resolution: "PT15M" as const,
        priceOrePerKwh: "100",
      })),
      skipDuplicates: true,
    });
    const quote = await withdrawalQuote(actor.customerId, contractId, NOW);
    const result = await withdrawContract(actor, { contractId }, NOW);
    if (!result.ok || !quote.ok) throw new Error("expected a withdrawal");
    expect(result).toMatchObject({ endDate: "2026-12-10", daysSupplied: 2, paysForDaysSupplied: true });
    // Energy 96 kWh × 100 = 9,600; markup 96 × 4.9 = 470.4 → 470; fee 4,900 × 2/31 = 316.13 → 316;
    // VAT 25 % × 10,386.53 = 2,596.63 → 2,597. Total 9,600 + 470 + 316 + 2,597 = 12,983 øre.
    expect(result.cost).toMatchObject({
      kwh: "96.0000",
      energyOre: 9600,
      markupOre: 470,
      monthlyFeeOre: 316,
      retailVatOre: 2597,
      retailTotalOre: 12983,
    });
    // The quote shown before confirming said the same.
    expect(quote.cost).toEqual(result.cost);
    expect(await contractRow(contractId)).toMatchObject({
      status: "TERMINATED",
      endDate: new Date("2026-12-10"),
    });
    expect(await supplyRows(actor.customerId)).toEqual([
      { fromDate: new Date("2026-12-08"), toDate: new Date("2026-12-10") },
    ]);
  });

  it("charges nothing for early supply the customer did not ask for", async () => {
    const { actor, contractId } = await newCustomer({ startDate: new Date("2026-12-08") });
    expect(await withdrawContract(actor, { contractId }, NOW)).toMatchObject({
      ok: true,
      endDate: "2026-12-10",
      daysSupplied: 2,
      paysForDaysSupplied: false,
      cost: null,
    });
  });

  it("after the period: refused, nothing changed", async () => {
    // Concluded Friday 20 November: the period ended Friday 4 December.
    const { actor, contractId } = await newCustomer({
      startDate: new Date("2026-11-25"),
      concludedAt: new Date("2026-11-20T10:00:00Z"),
    });
    expect(await withdrawContract(actor, { contractId }, NOW)).toEqual({ ok: false, reason: "period-ended" });
    expect(await contractRow(contractId)).toEqual({ status: "ACTIVE", endDate: null, withdrawnAt: null });
    expect(
      await db.auditLog.count({
        where: { action: "contract.withdraw", subjectCustomerId: actor.customerId },
      }),
    ).toBe(0);
  });

  it("another customer's contract: refused as if it did not exist, nothing changed", async () => {
    const owner = await newCustomer({ startDate: new Date("2026-12-22") });
    const other = await newCustomer({ startDate: new Date("2026-12-22") });
    expect(await withdrawContract(other.actor, { contractId: owner.contractId }, NOW)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await withdrawalQuote(other.actor.customerId, owner.contractId, NOW)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await contractRow(owner.contractId)).toMatchObject({ withdrawnAt: null, endDate: null });
  });

  it("does not withdraw a product change here (a change, not a new contract)", async () => {
    const { actor, contractId, pointId } = await newCustomer({
      startDate: new Date("2026-12-09"),
      concludedAt: new Date("2026-12-08T10:00:00Z"),
    });
    await createContract(actor.customerId, pointId, {
      status: "TERMINATED",
      startDate: new Date("2025-01-01"),
      endDate: new Date("2026-12-09"),
      concludedAt: new Date("2024-12-01T10:00:00Z"),
    });
    expect(await withdrawContract(actor, { contractId }, NOW)).toEqual({
      ok: false,
      reason: "not-withdrawable",
    });
  });
});

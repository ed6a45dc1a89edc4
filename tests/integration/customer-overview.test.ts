import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getCustomerOverview } from "@/features/overview/server/customer-overview";
import { db } from "@/platform/db";
import { decimalText } from "@/platform/format/display";
import {
  type ContractOverrides,
  createContract,
  createCustomer,
  createMeteringPoint,
  createNorgesprisPeriod,
} from "../support/factories";

interface SeededCustomer {
  id: string;
  customerNumber: number;
  meteringPointId: string;
  gsrn: string;
  meterNumber: string;
}

async function createCustomerWithContract(tag: string, contract: ContractOverrides): Promise<SeededCustomer> {
  const customer = await createCustomer({ firstName: `Fornavn${tag}`, lastName: `Etternavn${tag}` });
  const point = await createMeteringPoint(customer.id, {
    street: `Målergate ${tag} 2`,
    postalCode: "5003",
    city: `Målerby${tag}`,
    priceArea: tag === "A" ? "NO1" : "NO5",
    gridCompany: `Nett${tag} AS`,
  });
  await createContract(customer.id, point.id, contract);
  return { ...customer, meteringPointId: point.id, gsrn: point.gsrn, meterNumber: point.meterNumber };
}

describe("customer overview", () => {
  let a: SeededCustomer;
  let b: SeededCustomer;

  beforeAll(async () => {
    a = await createCustomerWithContract("A", {
      product: "SPOT",
      markupOrePerKwh: "4.9",
      monthlyFeeOre: 4900,
    });
    await createNorgesprisPeriod(a.meteringPointId, "2025-10-01");
    b = await createCustomerWithContract("B", {
      product: "FIXED",
      markupOrePerKwh: "0",
      monthlyFeeOre: 3950,
      fixedPriceOrePerKwh: "89.905",
      fixedUntil: new Date("2027-06-30"),
    });
    // A's ended contract on B's old metering point must not show on A's overview.
    await createContract(a.id, b.meteringPointId, {
      markupOrePerKwh: "1",
      monthlyFeeOre: 100,
      status: "TERMINATED",
      startDate: new Date("2020-01-01"),
      endDate: new Date("2024-12-31"),
    });
  });

  it("P13: shows the customer's own contract and metering point, and nothing of another customer's", async () => {
    const overview = await getCustomerOverview(a.id);

    expect(overview).toEqual({
      name: "FornavnA EtternavnA",
      customerNumber: a.customerNumber,
      status: "ACTIVE",
      contracts: [
        {
          id: expect.any(String),
          product: "SPOT",
          norgespris: true,
          status: "ACTIVE",
          markupOrePerKwh: "4.9",
          monthlyFeeOre: 4900,
          fixedPriceOrePerKwh: null,
          fixedUntil: null,
          startDate: new Date("2025-01-01"),
          meteringPoint: {
            gsrn: a.gsrn,
            meterNumber: a.meterNumber,
            address: "Målergate A 2, 5003 MålerbyA",
            priceArea: "NO1",
            gridCompany: "NettA AS",
          },
        },
      ],
    });
    const shown = JSON.stringify(overview);
    for (const secret of [b.gsrn, b.meterNumber, "EtternavnB", "MålerbyB", "NettB", "ciphertext", "hash-"]) {
      expect(shown).not.toContain(secret);
    }
  });

  it("gives a fixed price exactly, as the page words it without rounding errors, and its end date", async () => {
    const overview = await getCustomerOverview(b.id);
    expect(overview?.contracts).toHaveLength(1);
    expect(overview?.contracts[0]).toMatchObject({
      product: "FIXED",
      norgespris: false,
      fixedPriceOrePerKwh: "89.905",
      fixedUntil: new Date("2027-06-30"),
      markupOrePerKwh: "0",
      monthlyFeeOre: 3950,
      meteringPoint: { priceArea: "NO5" },
    });
    expect(decimalText(overview?.contracts[0]?.fixedPriceOrePerKwh ?? "")).toBe("89,91");
  });

  it("returns null for an unknown or malformed customer id", async () => {
    expect(await getCustomerOverview(randomUUID())).toBeNull();
    expect(await getCustomerOverview("not-a-uuid")).toBeNull();
  });

  it("shows no contract once the only one has ended", async () => {
    await db.contract.updateMany({ where: { customerId: b.id }, data: { status: "TERMINATED" } });
    const overview = await getCustomerOverview(b.id);
    expect(overview?.contracts).toEqual([]);
    expect(overview?.name).toBe("FornavnB EtternavnB");
  });

  it("leaves out a contract whose end date has passed though its status is still active (a product change or a move)", async () => {
    const customer = await createCustomerWithContract("C", { endDate: new Date("2026-01-01") });
    const next = await createMeteringPoint(customer.id, { street: "Nyveien 1" });
    await createContract(customer.id, next.id, { startDate: new Date("2026-01-01") });
    const overview = await getCustomerOverview(customer.id);
    expect(overview?.contracts.map((c) => c.meteringPoint.address)).toEqual([
      expect.stringContaining("Nyveien 1"),
    ]);
  });
});

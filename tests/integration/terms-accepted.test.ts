// The version of Avtalevilkår a customer accepted is stored with the contract, and when it was concluded:
// at the end of "Bli kunde" (the version in force when they ticked the box) and on a product change (the
// version in force that day). Avtale and the contract document read it from there.
import { describe, expect, it } from "vitest";
import { changeProduct, getContracts } from "@/features/contracts/server";
import { completeApplication } from "@/features/onboarding/server";
import { customerContractDocument } from "@/features/terms/server";
import { db } from "@/platform/db";
import { norwegianGsrn } from "@/platform/identifiers/gsrn";
import {
  createCompletedApplication,
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
  createUser,
} from "../support/factories";

// Tuesday 8 December 2026, 11:00 in Oslo: version 2026-12-07 is in force.
const NOW = new Date("2026-12-08T10:00:00Z");

/** An application approved and ready for the last step, its consents (and the terms box) ticked at `consentedAt`. */
async function approvedApplication(serial: number, consentedAt: Date) {
  const gsrn = norwegianGsrn(serial);
  const app = await createCompletedApplication("", {
    customerId: null,
    status: "CREDIT_DECIDED",
    consentedAt,
    emailVerifiedAt: consentedAt,
    expiresAt: new Date("2026-12-31T00:00:00Z"),
    meteringPoint: {
      gsrn,
      meterNumber: `M-${serial}`,
      street: "Vilkårsveien 7",
      postalCode: "0150",
      city: "Oslo",
      municipalityNumber: "0301",
      priceArea: "NO1",
      gridCompany: "Elvia AS",
      resolution: "PT1H",
    },
  });
  return { id: app.id, gsrn };
}

async function contractOf(gsrn: string) {
  return db.contract.findFirstOrThrow({
    where: { meteringPoint: { gsrn } },
    select: { termsVersion: true, concludedAt: true },
  });
}

describe("the accepted terms version", () => {
  it("Bli kunde stores the version in force when the terms were accepted, and concludes the contract now", async () => {
    const app = await approvedApplication(77_000_001, new Date("2026-12-07T09:30:00Z"));
    const done = await completeApplication(
      app.id,
      {
        product: "FIXED",
        startDate: "2026-12-14",
        supplyStart: "within-withdrawal",
        password: "Blå fjorder om våren 2026",
      },
      { now: NOW },
    );
    expect(done.ok).toBe(true);
    expect(await contractOf(app.gsrn)).toEqual({ termsVersion: "2026-12-07", concludedAt: NOW });
  });

  it("Bli kunde stores no version for terms accepted before the terms had versions", async () => {
    const app = await approvedApplication(77_000_002, new Date("2026-12-06T22:00:00Z"));
    const done = await completeApplication(
      app.id,
      {
        product: "SPOT",
        startDate: "2026-12-14",
        supplyStart: "within-withdrawal",
        password: "Blå fjorder om våren 2026",
      },
      { now: NOW },
    );
    expect(done.ok).toBe(true);
    // 23:00 on 6 December in Oslo: the day before version 2026-12-07.
    expect((await contractOf(app.gsrn)).termsVersion).toBeNull();
  });

  it("a product change is a new contract on the version in force today, concluded now; Avtale shows each contract's version", async () => {
    const user = await createUser();
    const customerId = user.customerId ?? "";
    const point = await createMeteringPoint(customerId);
    await createSupplyPeriod(customerId, point.id, "2025-01-01");
    const old = await createContract(customerId, point.id);
    const changed = await changeProduct(
      { userId: user.id, customerId },
      { contractId: old.id, product: "FIXED", fromDate: "2026-12-20" },
      NOW,
    );
    expect(changed).toEqual({ ok: true, date: "2026-12-20" });
    const contracts = await db.contract.findMany({
      where: { customerId },
      orderBy: { startDate: "asc" },
      select: { product: true, termsVersion: true, concludedAt: true },
    });
    expect(contracts.map((c) => [c.product, c.termsVersion])).toEqual([
      ["SPOT", null],
      ["FIXED", "2026-12-07"],
    ]);
    expect(contracts[1]?.concludedAt).toEqual(NOW);
    const page = await getContracts(customerId, NOW);
    expect(page?.contracts.map((c) => [c.product, c.termsVersion])).toEqual([
      ["FIXED", "2026-12-07"],
      ["SPOT", null],
    ]);
  });

  it("a customer's own contract only: another customer's contract id gives no document", async () => {
    const owner = await createCustomer();
    const stranger = await createCustomer();
    const point = await createMeteringPoint(owner.id);
    const contract = await createContract(owner.id, point.id, { termsVersion: "2026-12-07" });
    expect((await customerContractDocument(owner.id, contract.id))?.filename).toBe(
      `klarkraft-avtale-${point.gsrn}-2025-01-01.pdf`,
    );
    expect(await customerContractDocument(stranger.id, contract.id)).toBeNull();
  });
});

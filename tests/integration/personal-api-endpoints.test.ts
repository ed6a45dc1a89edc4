// GET /api/v1 metering-points, prices, contract, invoices and me with a real token: each answers the
// token's customer's own data only, in the documented shape (its zod schema parses the answer), never
// cached; a token without the endpoint's scope is refused, and reading the contracts marks nothing read.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as contractApi } from "@/app/api/v1/contract/route";
import { GET as invoicesApi } from "@/app/api/v1/invoices/route";
import { GET as meApi } from "@/app/api/v1/me/route";
import { GET as meteringPointsApi } from "@/app/api/v1/metering-points/route";
import { GET as pricesApi } from "@/app/api/v1/prices/route";
import { ZContractList } from "@/features/personal-api/domain/schemas/contracts";
import { ZInvoiceList } from "@/features/personal-api/domain/schemas/invoices";
import { ZMeteringPointList } from "@/features/personal-api/domain/schemas/metering-points";
import { ZPrices } from "@/features/personal-api/domain/schemas/prices";
import { ZTokenDescription } from "@/features/personal-api/domain/schemas/token";
import { db } from "@/platform/db";
import { addDays, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { createContract, createMeteringPoint, createSupplyPeriod } from "../support/factories";
import { createInvoiceWithEverything } from "../support/invoice-rows";
import { apiGet, customerWithToken, okJson, problemOf } from "../support/personal-api";

const HOUR = 3_600_000;
const today = osloDate(new Date());
const tomorrow = addDays(today, 1);
let owner: Awaited<ReturnType<typeof customerWithToken>>;
let other: Awaited<ReturnType<typeof customerWithToken>>;
let oslo: { id: string; gsrn: string };
let tromso: { id: string; gsrn: string };

/** Hourly prices for an Oslo date in an area: 100 øre/kWh + the hour. */
async function pricesOn(area: "NO1" | "NO2" | "NO4", date: string) {
  const start = osloMidnight(date).getTime();
  const hours = (osloMidnight(addDays(date, 1)).getTime() - start) / HOUR;
  await db.spotPrice.createMany({
    data: Array.from({ length: hours }, (_, h) => ({
      priceArea: area,
      intervalStart: new Date(start + h * HOUR),
      resolution: "PT1H" as const,
      priceOrePerKwh: `${100 + h}.5000`,
    })),
  });
}

beforeAll(async () => {
  owner = await customerWithToken(["CONSUMPTION", "PRICES", "CONTRACT", "INVOICES"]);
  other = await customerWithToken(["CONSUMPTION", "PRICES", "CONTRACT", "INVOICES"]);
  oslo = await createMeteringPoint(owner.customerId, { priceArea: "NO1", municipalityNumber: "0301" });
  tromso = await createMeteringPoint(owner.customerId, { priceArea: "NO4", municipalityNumber: "5501" });
  await createSupplyPeriod(owner.customerId, tromso.id, "2025-01-01", "2026-06-01");
  await createContract(owner.customerId, tromso.id, {
    startDate: new Date("2025-01-01"),
    endDate: new Date("2026-06-01"),
    status: "TERMINATED",
  });
  await createSupplyPeriod(owner.customerId, oslo.id, "2026-06-01");
  await createContract(owner.customerId, oslo.id, { startDate: new Date("2026-06-01"), status: "ACTIVE" });
  const elsewhere = await createMeteringPoint(other.customerId, { priceArea: "NO2" });
  await createSupplyPeriod(other.customerId, elsewhere.id, "2025-01-01");
  await createContract(other.customerId, elsewhere.id);
  await createInvoiceWithEverything(
    { customerId: other.customerId, name: "Other", street: "Annenveien 2" },
    owner.userId,
  );
  await pricesOn("NO1", today);
  await pricesOn("NO4", today);
  await pricesOn("NO2", today);
}, 120_000);

describe("the API's endpoints answer the token's customer's own data", () => {
  it("metering points: the customer's two, the current first, with area and supply periods", async () => {
    const body = ZMeteringPointList.parse(
      await okJson(await apiGet(meteringPointsApi, "/api/v1/metering-points", owner.token)),
    );
    expect(body.meteringPoints).toEqual([
      expect.objectContaining({
        id: oslo.id,
        gsrn: oslo.gsrn,
        priceArea: "NO1",
        supplyPeriods: [{ from: "2026-06-01", to: null }],
      }),
      expect.objectContaining({
        id: tromso.id,
        priceArea: "NO4",
        supplyPeriods: [{ from: "2025-01-01", to: "2026-06-01" }],
      }),
    ]);
  });

  it("prices: today's for each area with and without VAT (none in Tromsø), tomorrow's once published", async () => {
    const raw = await okJson(await apiGet(pricesApi, "/api/v1/prices", owner.token));
    // The PRICES scope does not reach the points' GSRNs (consumption data).
    expect(JSON.stringify(raw)).not.toContain(oslo.gsrn);
    expect(JSON.stringify(raw)).not.toContain(tromso.gsrn);
    const todayOnly = ZPrices.parse(raw);
    expect(todayOnly.days.map((d) => d.date)).toEqual([today]);
    const [no1, no4] = todayOnly.days[0]?.areas ?? [];
    expect(no1).toMatchObject({ priceArea: "NO1", vatBasisPoints: 2500 });
    expect(no1?.intervals[0]).toMatchObject({ orePerKwh: "100.5000", orePerKwhWithVat: "125.6250" });
    expect(no4).toMatchObject({ priceArea: "NO4", vatBasisPoints: 0 });
    expect(no4?.intervals[3]).toMatchObject({ orePerKwh: "103.5000", orePerKwhWithVat: "103.5000" });
    expect(todayOnly.days[0]?.areas.map((a) => a.priceArea)).not.toContain("NO2");

    await pricesOn("NO1", tomorrow);
    const both = ZPrices.parse(await okJson(await apiGet(pricesApi, "/api/v1/prices", owner.token)));
    expect(both.days.map((d) => [d.date, d.published])).toEqual([
      [today, true],
      [tomorrow, true],
    ]);
    const one = ZPrices.parse(
      await okJson(await apiGet(pricesApi, "/api/v1/prices", owner.token, { date: tomorrow })),
    );
    expect(one.days).toHaveLength(1);
    expect(one.days[0]?.areas[0]?.intervals[0]?.start).toMatch(
      new RegExp(`^${tomorrow}T00:00:00.000\\+0[12]:00$`),
    );

    const later = await problemOf(
      await apiGet(pricesApi, "/api/v1/prices", owner.token, { date: addDays(today, 2) }),
      400,
    );
    expect(later.detail).toContain(`bare til og med i morgen (${tomorrow})`);
    expect(
      (await problemOf(await apiGet(pricesApi, "/api/v1/prices", owner.token, "date=07.12.2026"), 400))
        .detail,
    ).toContain("ÅÅÅÅ-MM-DD");
  });

  it("contract: current and past with terms and today's status; the contract page's notices stay unread", async () => {
    await db.notice.create({
      data: { customerId: owner.customerId, text: "Flyttingen er registrert.", href: "/min-side/avtale" },
    });
    const body = ZContractList.parse(
      await okJson(await apiGet(contractApi, "/api/v1/contract", owner.token)),
    );
    expect(
      body.contracts.map((c) => [c.meteringPoint.gsrn, c.status, c.current, c.startDate, c.endDate]),
    ).toEqual([
      [oslo.gsrn, "ACTIVE", true, "2026-06-01", null],
      [tromso.gsrn, "TERMINATED", false, "2025-01-01", "2026-06-01"],
    ]);
    expect(body.contracts[0]?.priceTerms).toEqual({
      markupOrePerKwh: "4.9",
      monthlyFeeOre: 4900,
      fixedPriceOrePerKwh: null,
      fixedUntil: null,
    });
    expect(await db.notice.count({ where: { customerId: owner.customerId, readAt: null } })).toBe(1);
  });

  it("invoices: number, dates, øre, status, KID and the Min side links; nobody else's", async () => {
    const own = await createInvoiceWithEverything(
      { customerId: owner.customerId, name: "Eier", street: "Eierveien 1" },
      owner.userId,
    );
    const body = ZInvoiceList.parse(await okJson(await apiGet(invoicesApi, "/api/v1/invoices", owner.token)));
    const invoice = body.invoices.find((i) => i.id === own.invoiceId);
    expect(invoice).toMatchObject({
      kind: "INVOICE",
      periodStart: "2026-01-01",
      periodEnd: "2026-01-31",
      issuedAt: "2026-02-05T08:00:00.000+01:00",
      amountOre: 123_456,
      status: "credited",
      kid: own.kid,
      pdfUrl: `/min-side/faktura/${own.invoiceId}/faktura.pdf`,
    });
    expect(body.invoices.every((i) => i.kind === "CREDIT_NOTE" || i.id === own.invoiceId)).toBe(true);
    const others = ZInvoiceList.parse(
      await okJson(await apiGet(invoicesApi, "/api/v1/invoices", other.token)),
    );
    expect(others.invoices.some((i) => i.id === own.invoiceId)).toBe(false);
  });

  it("every call is audited with the token id and the endpoint's operation", async () => {
    const rows = await db.auditLog.findMany({ where: { action: "api.call", targetId: owner.tokenId } });
    const operations = new Set(rows.map((row) => (row.metadata as { operation: string }).operation));
    expect([...operations].sort()).toEqual([
      "contract.read",
      "invoices.read",
      "metering-points.read",
      "prices.read",
    ]);
    expect(JSON.stringify(rows.map((row) => row.metadata))).not.toContain(owner.token);
  });

  it("me: the token's description parses with its documented schema", async () => {
    const body = ZTokenDescription.parse(await okJson(await apiGet(meApi, "/api/v1/me", owner.token)));
    expect(body.token.id).toBe(owner.tokenId);
  });
});

describe("what every endpoint refuses", () => {
  it("a token without the endpoint's scope is a 403 problem naming the scope", async () => {
    const pricesOnly = await customerWithToken(["PRICES"]);
    for (const [handler, path, scope] of [
      [meteringPointsApi, "/api/v1/metering-points", "CONSUMPTION"],
      [contractApi, "/api/v1/contract", "CONTRACT"],
      [invoicesApi, "/api/v1/invoices", "INVOICES"],
    ] as const) {
      expect(await problemOf(await apiGet(handler, path, pricesOnly.token), 403)).toMatchObject({ scope });
    }
    const consumptionOnly = await customerWithToken(["CONSUMPTION"]);
    expect(
      await problemOf(await apiGet(pricesApi, "/api/v1/prices", consumptionOnly.token), 403),
    ).toMatchObject({ scope: "PRICES" });
  });

  it("a parameter an endpoint does not take is a 400 problem naming it", async () => {
    for (const [handler, path] of [
      [meteringPointsApi, "/api/v1/metering-points"],
      [contractApi, "/api/v1/contract"],
      [invoicesApi, "/api/v1/invoices"],
      [pricesApi, "/api/v1/prices"],
    ] as const) {
      expect(
        await problemOf(await apiGet(handler, path, owner.token, "customerId=someone"), 400),
      ).toMatchObject({
        title: "Ugyldig spørring",
        detail: "Ukjent parameter: customerId.",
      });
    }
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { importYesterdaysReadings } from "@/features/consumption/server/consumption-refresh";
import { costOfPeriod } from "@/features/consumption/server/cost-of-period";
import { pricingInputs } from "@/features/consumption/server/pricing-inputs";
import { isVatExempt } from "@/features/pricing/domain/vat";
import { decryptTotpSecret } from "@/features/second-factor/server/totp";
import { decryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { verifyPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { isValidGsrn } from "@/platform/identifiers/gsrn";
import { parseNationalId } from "@/platform/identifiers/national-id";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { DemoDataExistsError, type SeedSummary, seedDemoData } from "../../prisma/seed/demo-data";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../prisma/seed/people";
import { truncateAppTables } from "../../prisma/seed/reset";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();

// 11:30 in Oslo (CET) on Friday 20 November 2026. Every expected instant below is worked out by hand:
// - first reading and price: Oslo midnight 2024-11-20 = 2024-11-19T23:00Z;
// - last reading: the hour 09:00–10:00Z, the last complete one before 10:30Z;
// - last price: the final quarter of tomorrow, Oslo 2026-11-21 23:45 = 2026-11-21T22:45Z;
// - first 15-minute price: delivery day 2025-10-01 starts at 2025-09-30T22:00Z (CEST).
const NOW = new Date("2026-11-20T10:30:00Z");
const FIRST = new Date("2024-11-19T23:00:00Z");
const LAST_READING = new Date("2026-11-20T09:00:00Z");
const LAST_PRICE = new Date("2026-11-21T22:45:00Z");
const QUARTERS_FROM = new Date("2025-09-30T22:00:00Z");
const HOUR = 3_600_000;

let summary: SeedSummary;

// The seed bills a year for every demo customer: on a loaded machine that takes more than a hook's 60 s.
beforeAll(async () => {
  summary = await seedDemoData(db, { now: NOW });
}, 180_000);

const utc = (iso: string) => new Date(iso);

describe("demo data", () => {
  it("creates the six demo customers and three staff members, each with the demo password", async () => {
    const users = await db.user.findMany({
      select: { email: true, role: true, passwordHash: true, customer: { select: { firstName: true } } },
      orderBy: { email: "asc" },
    });
    expect(users.map((u) => [u.email, u.role, u.customer?.firstName ?? null])).toEqual([
      ["admin@example.com", "ADMIN", null],
      ["eirik.strand@example.com", "CUSTOMER", "Eirik"],
      ["ingrid.johansen@example.com", "CUSTOMER", "Ingrid"],
      ["kari.nordmann@example.com", "CUSTOMER", "Kari"],
      ["kundeservice@example.com", "SUPPORT", null],
      ["lars.berg@example.com", "CUSTOMER", "Lars"],
      ["nyansatt@example.com", "SUPPORT", null],
      ["ola.hansen@example.com", "CUSTOMER", "Ola"],
      ["sofie.lie@example.com", "CUSTOMER", "Sofie"],
    ]);
    for (const user of users) expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(users[0]?.passwordHash ?? "", "Klarkraft-demo-2025")).toBe(false);
    expect(summary.users).toBe(9);
  });

  it("gives the demo staff the documented authenticator secret, encrypted; the new employee and customers none", async () => {
    const credentials = await db.totpCredential.findMany({
      select: { secretCiphertext: true, confirmedAt: true, user: { select: { email: true } } },
      orderBy: { user: { email: "asc" } },
    });
    expect(credentials.map((c) => c.user.email)).toEqual(["admin@example.com", "kundeservice@example.com"]);
    for (const credential of credentials) {
      expect(credential.secretCiphertext).not.toContain(DEMO_TOTP_SECRET);
      expect(decryptTotpSecret(credential.secretCiphertext)).toBe(DEMO_TOTP_SECRET);
      expect(credential.confirmedAt).toEqual(NOW);
    }
    expect(await db.recoveryCode.count()).toBe(0);
  });

  it("P13: gives every customer a synthetic national ID, stored only encrypted and as a keyed hash", async () => {
    const customers = await db.customer.findMany();
    expect(customers).toHaveLength(6);
    const seen = new Set<string>();
    for (const customer of customers) {
      if (!customer.nationalIdCiphertext) throw new Error(`customer ${customer.id} has no national ID`);
      const nationalId = decryptNationalId(customer.nationalIdCiphertext);
      expect(parseNationalId(nationalId)?.synthetic).toBe(true);
      expect(customer.nationalIdHash).toBe(nationalIdBlindIndex(nationalId));
      // No column holds the number (or its 9 leading digits) in clear.
      expect(JSON.stringify(customer)).not.toContain(nationalId.slice(0, 9));
      seen.add(nationalId);
    }
    expect(seen.size).toBe(6);
    const audit = JSON.stringify(await db.auditLog.findMany({ select: { action: true, metadata: true } }));
    for (const nationalId of seen) expect(audit).not.toContain(nationalId.slice(0, 9));
  });

  it("gives each customer one metering point with a valid GSRN, their price area and grid company", async () => {
    const points = await db.meteringPoint.findMany({
      select: {
        gsrn: true,
        meterNumber: true,
        priceArea: true,
        gridCompany: true,
        city: true,
        customer: { select: { city: true } },
      },
      orderBy: { priceArea: "asc" },
    });
    expect(points.map((p) => [p.priceArea, p.city, p.gridCompany])).toEqual([
      ["NO1", "Oslo", "Elvia"],
      ["NO1", "Oslo", "Elvia"], // the leaving customer's
      ["NO2", "Kristiansand", "Glitre Nett"],
      ["NO3", "Trondheim", "Tensio"],
      ["NO4", "Tromsø", "Arva"],
      ["NO5", "Bergen", "BKK"],
    ]);
    for (const point of points) {
      expect(isValidGsrn(point.gsrn)).toBe(true);
      expect(point.meterNumber).not.toBe(point.gsrn);
      expect(point.customer?.city).toBe(point.city);
    }
  });

  it("gives every customer an active contract from two years back, with the products described", async () => {
    const contracts = await db.contract.findMany({
      where: { customer: { email: { not: "eirik.strand@example.com" } } },
      select: {
        product: true,
        status: true,
        startDate: true,
        markupOrePerKwh: true,
        monthlyFeeOre: true,
        fixedPriceOrePerKwh: true,
        fixedUntil: true,
        customer: { select: { firstName: true } },
      },
    });
    const by = (name: string) => contracts.find((c) => c.customer.firstName === name);
    expect(contracts).toHaveLength(5);
    for (const contract of contracts) {
      expect(contract.status).toBe("ACTIVE");
      expect(contract.startDate).toEqual(utc("2024-11-20T00:00:00Z"));
      expect(contract.monthlyFeeOre).toBe(4900);
    }
    expect(by("Kari")?.product).toBe("SPOT");
    expect(by("Kari")?.markupOrePerKwh.toString()).toBe("4.9");
    expect(by("Ola")?.product).toBe("FIXED");
    expect(by("Ola")?.fixedPriceOrePerKwh?.toString()).toBe("79.9");
    expect(by("Ola")?.fixedUntil?.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it("gives each customer a supply period on their point; Ingrid Norgespris from 2025-10-01, Lars no VAT", async () => {
    const points = await db.meteringPoint.findMany({
      select: {
        city: true,
        municipalityNumber: true,
        usageType: true,
        customerId: true,
        supplyPeriods: { select: { customerId: true, fromDate: true, toDate: true } },
        norgesprisPeriods: { select: { fromDate: true, toDate: true } },
      },
    });
    for (const point of points) {
      expect(point.usageType).toBe("HOME");
      // The leaving customer's supply ended with the contract, on the last day of last month.
      const leaving = point.city === "Oslo" && point.supplyPeriods[0]?.toDate !== null;
      expect(point.supplyPeriods).toEqual([
        {
          customerId: point.customerId,
          fromDate: utc("2024-11-20T00:00:00Z"),
          toDate: leaving ? utc("2026-10-31T00:00:00Z") : null,
        },
      ]);
    }
    expect(points.filter((p) => p.supplyPeriods[0]?.toDate !== null)).toHaveLength(1);
    const byCity = (city: string) => points.find((p) => p.city === city);
    expect(byCity("Trondheim")?.norgesprisPeriods).toEqual([
      { fromDate: utc("2025-10-01T00:00:00Z"), toDate: null },
    ]);
    expect(points.filter((p) => p.norgesprisPeriods.length > 0)).toHaveLength(1);
    expect(byCity("Tromsø")?.municipalityNumber).toBe("5501");
    expect(isVatExempt(byCity("Tromsø")?.municipalityNumber)).toBe(true);
    expect(points.filter((p) => isVatExempt(p.municipalityNumber))).toHaveLength(1);
  });

  it("records two years of consumption per metering point, Kari's in quarter hours from 2025-10-01, without gaps or duplicates", async () => {
    // 2024-11-19T23:00Z → 2026-11-19T23:00Z is 730 days (no 29 February in between) = 17,520 h,
    // plus 10 h to 09:00Z, plus the first hour itself.
    const expected = (LAST_READING.getTime() - FIRST.getTime()) / HOUR + 1;
    expect(expected).toBe(17_531);
    // Kari: hours until 2025-09-30T21:00Z, then quarters until the last quarter of the 09:00Z hour.
    const kariHours = (QUARTERS_FROM.getTime() - FIRST.getTime()) / HOUR;
    const kariQuarters = (LAST_READING.getTime() + HOUR - QUARTERS_FROM.getTime()) / (HOUR / 4);
    expect(kariHours * 4 + kariQuarters).toBe(expected * 4);

    // The leaving customer's series ends with his supply, on 31 October (Oslo midnight, exclusive).
    const eirikHours = (osloMidnight("2026-10-31").getTime() - FIRST.getTime()) / HOUR;
    const points = await db.meteringPoint.findMany({
      where: { customer: { email: { not: "eirik.strand@example.com" } } },
      select: { id: true, city: true },
    });
    expect(points).toHaveLength(5);
    for (const { id, city } of points) {
      const count = (resolution: "PT1H" | "PT15M") =>
        db.consumptionReading.count({ where: { meteringPointId: id, resolution } });
      const stats = await db.consumptionReading.aggregate({
        where: { meteringPointId: id },
        _min: { intervalStart: true },
        _max: { intervalStart: true },
      });
      expect(stats._min.intervalStart).toEqual(FIRST);
      if (city === "Oslo") {
        expect([await count("PT1H"), await count("PT15M")]).toEqual([kariHours, kariQuarters]);
        expect(stats._max.intervalStart).toEqual(new Date(LAST_READING.getTime() + (3 * HOUR) / 4));
      } else {
        expect([await count("PT1H"), await count("PT15M")]).toEqual([expected, 0]);
        expect(stats._max.intervalStart).toEqual(LAST_READING);
      }
    }
    // With the primary key (meteringPointId, intervalStart), these counts rule out both gaps and
    // duplicates only if every start is on its resolution's grid.
    const [offGrid] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "ConsumptionReading"
      WHERE extract(epoch FROM "intervalStart")::bigint % (CASE WHEN "resolution" = 'PT1H' THEN 3600 ELSE 900 END) <> 0`;
    expect(Number(offGrid?.n)).toBe(0);
    expect(summary.readings).toBe(4 * expected + kariHours + kariQuarters + eirikHours);
  });

  it("uses more electricity in winter than in summer, and most in the colder north", async () => {
    const rows = await db.$queryRaw<{ area: string; winter: number; summer: number }[]>`
      SELECT m."priceArea"::text AS area,
             avg(r.kwh * (CASE WHEN r."resolution" = 'PT15M' THEN 4 ELSE 1 END)) FILTER (WHERE r."intervalStart" >= '2026-01-01' AND r."intervalStart" < '2026-02-01')::float8 AS winter,
             avg(r.kwh * (CASE WHEN r."resolution" = 'PT15M' THEN 4 ELSE 1 END)) FILTER (WHERE r."intervalStart" >= '2026-07-01' AND r."intervalStart" < '2026-08-01')::float8 AS summer
      FROM "ConsumptionReading" r JOIN "MeteringPoint" m ON m.id = r."meteringPointId"
      GROUP BY 1 ORDER BY 1`;
    for (const row of rows) expect(row.winter).toBeGreaterThan(1.5 * row.summer);
    const winter = Object.fromEntries(rows.map((r) => [r.area, r.winter]));
    expect(winter.NO4).toBeGreaterThan(Math.max(winter.NO1 ?? 0, winter.NO2 ?? 0, winter.NO5 ?? 0));
  });

  it("has hourly spot prices before delivery day 2025-10-01 and 15-minute prices from it, to the end of tomorrow", async () => {
    // Hourly: Oslo days 2024-11-20 … 2025-09-30 = 315 days × 24 h − 1 (spring forward 2025-03-30).
    // Quarters: Oslo days 2025-10-01 … 2026-11-21 = 417 days × 96, + 4 (2025-10-26) − 4 (2026-03-29)
    // + 4 (2026-10-25).
    for (const priceArea of ["NO1", "NO2", "NO3", "NO4", "NO5"] as const) {
      const hourly = await db.spotPrice.aggregate({
        where: { priceArea, resolution: "PT1H" },
        _count: true,
        _min: { intervalStart: true },
        _max: { intervalStart: true },
      });
      expect(hourly._count).toBe(7_559);
      expect(hourly._min.intervalStart).toEqual(FIRST);
      expect(hourly._max.intervalStart).toEqual(new Date(QUARTERS_FROM.getTime() - HOUR));

      const quarters = await db.spotPrice.aggregate({
        where: { priceArea, resolution: "PT15M" },
        _count: true,
        _min: { intervalStart: true },
        _max: { intervalStart: true },
      });
      expect(quarters._count).toBe(417 * 96 + 4);
      expect(quarters._min.intervalStart).toEqual(QUARTERS_FROM);
      expect(quarters._max.intervalStart).toEqual(LAST_PRICE);
    }
    expect(summary.spotPrices).toBe(5 * (7_559 + 417 * 96 + 4));
  });

  it("gives Oslo's daylight-saving days their 23/25 hours and 92/100 quarter-hours", async () => {
    const count = (from: string, to: string) =>
      db.spotPrice.count({ where: { priceArea: "NO1", intervalStart: { gte: utc(from), lt: utc(to) } } });
    // 2025-03-30: CET midnight 2025-03-29T23:00Z to CEST midnight 2025-03-30T22:00Z.
    expect(await count("2025-03-29T23:00:00Z", "2025-03-30T22:00:00Z")).toBe(23);
    // 2025-10-26: CEST midnight 2025-10-25T22:00Z to CET midnight 2025-10-26T23:00Z.
    expect(await count("2025-10-25T22:00:00Z", "2025-10-26T23:00:00Z")).toBe(100);
    expect(await count("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z")).toBe(92);
    expect(await count("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z")).toBe(100);
    // An ordinary day in each era.
    expect(await count("2025-01-14T23:00:00Z", "2025-01-15T23:00:00Z")).toBe(24);
    expect(await count("2026-01-14T23:00:00Z", "2026-01-15T23:00:00Z")).toBe(96);
  });

  it("prices the southern areas above the northern ones, with a daily shape and only rare negative prices", async () => {
    const rows = await db.$queryRaw<{ area: string; mean: number; negative: number; total: number }[]>`
      SELECT "priceArea"::text AS area, avg("priceOrePerKwh")::float8 AS mean,
             count(*) FILTER (WHERE "priceOrePerKwh" < 0)::int AS negative, count(*)::int AS total
      FROM "SpotPrice" GROUP BY 1`;
    const mean = Object.fromEntries(rows.map((r) => [r.area, r.mean]));
    for (const south of ["NO1", "NO2", "NO5"]) {
      for (const north of ["NO3", "NO4"]) expect(mean[south]).toBeGreaterThan(mean[north] ?? Infinity);
    }
    for (const row of rows) expect(row.negative / row.total).toBeLessThan(0.02);

    const [shape] = await db.$queryRaw<{ evening: number; night: number }[]>`
      SELECT avg("priceOrePerKwh") FILTER (WHERE extract(hour FROM "intervalStart" AT TIME ZONE 'Europe/Oslo') = 18)::float8 AS evening,
             avg("priceOrePerKwh") FILTER (WHERE extract(hour FROM "intervalStart" AT TIME ZONE 'Europe/Oslo') = 3)::float8 AS night
      FROM "SpotPrice" WHERE "priceArea" = 'NO1'`;
    expect(shape?.evening).toBeGreaterThan(1.2 * (shape?.night ?? Infinity));
  });

  it("has one overdue invoice with a payment reminder: Kari's September invoice, reminded with the 35 kr fee", async () => {
    const reminders = await db.reminder.findMany({
      include: {
        invoice: { select: { periodStart: true, dueDate: true, customer: { select: { firstName: true } } } },
      },
    });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      sequence: 1,
      feeOre: 3_500,
      sentAt: NOW,
      dueDate: utc("2026-12-04T00:00:00Z"),
      invoice: { periodStart: utc("2026-09-01T00:00:00Z"), customer: { firstName: "Kari" } },
    });
  });

  it("P18: a bank file (OCR giro, through the import) pays the invoices due 45 days back, Ola's latest of them by half", async () => {
    const paidBefore = new Date(NOW.getTime() - 45 * 24 * HOUR);
    const invoices = await db.invoice.findMany({
      where: { kind: "INVOICE" },
      select: {
        amountOre: true,
        dueDate: true,
        customer: { select: { firstName: true } },
        payments: { select: { amountOre: true } },
      },
      orderBy: { dueDate: "desc" },
    });
    const paid = (i: (typeof invoices)[number]) => i.payments.reduce((sum, p) => sum + p.amountOre, 0);
    const old = invoices.filter((i) => i.dueDate < paidBefore);
    const recent = invoices.filter((i) => i.dueDate >= paidBefore);
    expect(old.length).toBeGreaterThan(10);
    expect(recent.every((i) => i.payments.length === 0)).toBe(true);
    const olaLatest = old.find((i) => i.customer.firstName === "Ola");
    for (const invoice of old) {
      expect(paid(invoice)).toBe(
        invoice === olaLatest ? Math.round(invoice.amountOre / 2) : invoice.amountOre,
      );
    }
    expect(await db.paymentImport.count()).toBe(1);
  });

  it("has a leaving customer: contract ended last month, a final invoice for it with the buyer on it, a login", async () => {
    const eirik = await db.customer.findFirstOrThrow({
      where: { email: "eirik.strand@example.com" },
      select: {
        contracts: true,
        invoices: { orderBy: { periodStart: "asc" } },
        user: { select: { role: true } },
      },
    });
    expect(eirik.contracts).toEqual([
      expect.objectContaining({ status: "TERMINATED", endDate: utc("2026-10-31T00:00:00Z") }),
    ]);
    // Supply ended on 31 October (exclusive): October's invoice bills the 1st to the 30th.
    expect(eirik.invoices.at(-1)).toEqual(
      expect.objectContaining({
        buyerName: "Eirik Strand",
        periodStart: utc("2026-10-01T00:00:00Z"),
        periodEnd: utc("2026-10-30T00:00:00Z"),
      }),
    );
    expect(eirik.user?.role).toBe("CUSTOMER");
  });

  it("gives every customer a year of invoices issued by the billing run; Kari's in whole øre with 25 % VAT equal Forbruk's months, and two inquiries, one answered by Siri", async () => {
    const perCustomer = await db.invoice.groupBy({ by: ["customerId"], _count: { _all: true } });
    expect(perCustomer.map((c) => c._count._all)).toEqual([12, 12, 12, 12, 12, 12]);
    expect(await db.billingItem.count({ where: { status: "ISSUED", invoiceId: { not: null } } })).toBe(72);
    expect(summary.invoices).toBe(72);
    const kari = await db.customer.findFirstOrThrow({
      where: { firstName: "Kari" },
      select: { id: true, meteringPoints: { select: { id: true } } },
    });
    const invoices = await db.invoice.findMany({
      where: { customerId: kari.id },
      orderBy: { periodStart: "asc" },
    });
    expect(invoices).toHaveLength(12);
    expect(invoices[0]?.periodStart).toEqual(utc("2025-11-01T00:00:00Z"));
    expect(invoices.at(-1)?.periodEnd).toEqual(utc("2026-10-31T00:00:00Z"));
    for (const invoice of invoices) {
      expect(Number.isInteger(invoice.amountOre) && Number.isInteger(invoice.vatOre)).toBe(true);
      const net = invoice.amountOre - invoice.vatOre;
      expect(Math.abs(net * 25 - invoice.vatOre * 100)).toBeLessThanOrEqual(50);
      expect(net).toBeGreaterThan(4900); // more than the monthly fee alone
    }
    const inputs = await pricingInputs(db, kari.id, kari.meteringPoints[0]?.id ?? "");
    if (!inputs) throw new Error("Kari has no supply period");
    const october = await costOfPeriod(db, kari.id, inputs, "2026-10-01", "2026-11-01");
    expect([invoices.at(-1)?.amountOre, invoices.at(-1)?.vatOre]).toEqual([
      october.retailTotalOre,
      october.retailVatOre,
    ]);

    const inquiries = await db.inquiry.findMany({
      select: {
        status: true,
        messages: { select: { author: true, authorUser: { select: { email: true } } } },
      },
    });
    expect(inquiries).toHaveLength(2);
    const answered = inquiries.find((i) => i.status === "ANSWERED");
    expect(answered?.messages.map((m) => [m.author, m.authorUser?.email ?? null])).toEqual(
      expect.arrayContaining([["STAFF", "kundeservice@example.com"]]),
    );
  });

  it("the demo never goes stale: the morning import extends every demo meter through yesterday from the Elhub simulator", async () => {
    const morningAfter = new Date("2026-11-21T07:30:00Z");
    const result = await importYesterdaysReadings(morningAfter, { registries: sim.registries });
    expect(result).toMatchObject({ meteringPoints: 5, failed: 0 });
    const last = await db.consumptionReading.groupBy({
      by: ["meteringPointId", "resolution"],
      where: { intervalStart: { gte: LAST_READING } },
      _max: { intervalStart: true },
    });
    // Oslo 2026-11-20 ends at 23:00Z: its last hour starts 22:00Z, its last quarter 22:45Z (Kari).
    expect(last.map((r) => r._max.intervalStart?.toISOString()).sort()).toEqual([
      "2026-11-20T22:00:00.000Z",
      "2026-11-20T22:00:00.000Z",
      "2026-11-20T22:00:00.000Z",
      "2026-11-20T22:00:00.000Z",
      "2026-11-20T22:45:00.000Z",
    ]);
  });

  it("refuses to seed a database that already has users, and changes nothing", async () => {
    const before = await db.consumptionReading.count();
    await expect(seedDemoData(db, { now: NOW })).rejects.toBeInstanceOf(DemoDataExistsError);
    expect(await db.user.count()).toBe(9);
    expect(await db.consumptionReading.count()).toBe(before);
  });

  it("--reset empties every app table, append-only audit log included, and numbering starts over", async () => {
    expect(await db.auditLog.count()).toBeGreaterThan(0);
    const tables = await truncateAppTables(db);
    expect(tables).toContain('"AuditLog"');
    expect(tables).not.toContain("_prisma_migrations");
    expect(await db.user.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);

    const again = await seedDemoData(db, { now: NOW, years: 1 });
    expect(again.users).toBe(9);
    const kari = await db.customer.findFirstOrThrow({
      where: { firstName: "Kari" },
      select: { customerNumber: true },
    });
    expect(kari.customerNumber).toBe(1);
    // The invoice series starts over too: the billing run's first invoice is number 1.
    expect(await db.invoice.aggregate({ _min: { invoiceNumber: true } })).toEqual({
      _min: { invoiceNumber: 1 },
    });
    // A whole seed, a year of billing runs included: the hook's allowance, not a single test's.
  }, 60_000);
});

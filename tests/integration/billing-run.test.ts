import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/features/consumption/domain/view";
import { getConsumption } from "@/features/consumption/server";
import { GRID_SCHEMES_NOTE } from "@/features/invoices";
import { issueCreditNote, runBilling } from "@/features/invoices/server";
import { db } from "@/platform/db";
import { isValidMod10Kid } from "@/platform/identifiers/kid";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { billedCustomer, hourlyReadings, spotPrices } from "../support/billing-fixtures";
import { createUser } from "../support/factories";
import { captureLog } from "../support/log-lines";

// Thursday 3 December 2026, 13:00 in Oslo: November is over and its readings are in.
const NOW = new Date("2026-12-03T12:00:00Z");
const HOUR = 3_600_000;

const invoicesOf = (contractId: string) =>
  db.invoice.findMany({
    where: { contractId },
    orderBy: { invoiceNumber: "asc" },
    include: { lines: { orderBy: { position: "asc" } } },
  });

async function onlyInvoice(contractId: string) {
  const [invoice, ...more] = await invoicesOf(contractId);
  if (!invoice || more.length > 0) throw new Error("expected exactly one invoice");
  return invoice;
}

/** Each line as [description, quantity, unit, unit price, net øre]. */
const lineRows = (
  lines: { description: string; quantity: unknown; unit: string; unitPriceOre: unknown; netOre: number }[],
) => lines.map((l) => [l.description, String(l.quantity), l.unit, String(l.unitPriceOre), l.netOre]);

/** What Forbruk's month view says Klarkraft's part of the month costs (the page's own call). */
async function forbrukMonth(customerId: string, gsrn: string, month: string) {
  const parsed = parseView({ periode: "maned", dato: month }, "2026-12-03");
  if (!parsed.ok) throw new Error(parsed.message);
  const data = await getConsumption(customerId, parsed.view, gsrn, NOW);
  const cost = data?.cost.months[0];
  if (!cost) throw new Error("Forbruk priced no month");
  return cost;
}

let spot: Awaited<ReturnType<typeof billedCustomer>>;
let fixed: Awaited<ReturnType<typeof billedCustomer>>;
let exempt: Awaited<ReturnType<typeof billedCustomer>>;
let part: Awaited<ReturnType<typeof billedCustomer>>;
let dst: Awaited<ReturnType<typeof billedCustomer>>;
let firstRun: Awaited<ReturnType<typeof runBilling>>;

beforeAll(async () => {
  // NO2 costs 80 øre/kWh in the even hours of November (counted from Oslo midnight 1 November) and 120
  // in the odd ones; the other areas 100 øre/kWh throughout (NO1 from 1 October).
  await spotPrices("NO1", "2026-10-01", "2026-12-01", () => "100");
  await spotPrices("NO2", "2026-11-01", "2026-12-01", (h) => (h % 2 === 0 ? "80" : "120"));
  for (const area of ["NO3", "NO4", "NO5"] as const)
    await spotPrices(area, "2026-11-01", "2026-12-01", () => "100");

  spot = await billedCustomer({ name: "Spot", area: "NO2", from: "2026-11-01" });
  fixed = await billedCustomer({
    name: "Fast",
    area: "NO3",
    from: "2026-11-01",
    contract: { product: "FIXED", fixedPriceOrePerKwh: "89.5", markupOrePerKwh: "0", monthlyFeeOre: 3900 },
  });
  exempt = await billedCustomer({
    name: "Tromsø",
    area: "NO4",
    municipalityNumber: "5501",
    from: "2026-11-01",
  });
  part = await billedCustomer({ name: "Halv", area: "NO1", from: "2026-11-16" });
  dst = await billedCustomer({ name: "Sommertid", area: "NO1", from: "2026-10-01" });
  await hourlyReadings(spot.point.id, "2026-11-01", "2026-12-01", (h) => (h % 2 === 0 ? "2" : "1"));
  for (const c of [fixed, exempt, part]) {
    await hourlyReadings(c.point.id, c === part ? "2026-11-16" : "2026-11-01", "2026-12-01", () => "1");
  }
  await hourlyReadings(dst.point.id, "2026-10-01", "2026-12-01", () => "1");
  firstRun = await runBilling("2026-11", { now: NOW });
});

describe("the billing run's invoices, worked by hand", () => {
  it("a spot customer: energy at the consumption-weighted spot price, markup, fee, 25 % VAT, numbered with a KID, due the 20th; equal to Forbruk's month", async () => {
    expect(firstRun).toEqual({ issued: 5, held: 0, alreadyDone: 0 });
    const invoice = await onlyInvoice(spot.contractId);
    // 360 even hours × 2 kWh × 80 øre + 360 odd hours × 1 kWh × 120 øre = 57 600 + 43 200 = 100 800 øre
    // for 1 080 kWh: 93.333333 øre/kWh. Markup 1 080 × 4.9 = 5 292. Fee 4 900. Net 110 992, VAT 27 748.
    expect(lineRows(invoice.lines)).toEqual([
      ["Strøm, spotpris (vektet etter forbruket)", "1080", "kWh", "93.333333", 100_800],
      ["Påslag", "1080", "kWh", "4.9", 5_292],
      ["Fastbeløp (30 av 30 dager)", "30", "dager", "163.333333", 4_900],
    ]);
    expect(invoice).toMatchObject({
      kind: "INVOICE",
      netOre: 110_992,
      vatOre: 27_748,
      amountOre: 138_740,
      vatBasisPoints: 2500,
      customerId: spot.customerId,
      gsrn: spot.point.gsrn,
      deliveryAddress: "Strømgata 7, 0150 Oslo",
      buyerName: "Spot Faktura",
      buyerStreet: "Testveien 1",
      buyerPostalCode: "0150",
      buyerCity: "Oslo",
      periodStart: new Date("2026-11-01"),
      periodEnd: new Date("2026-11-30"),
      issuedAt: NOW,
      dueDate: new Date("2026-12-20"),
    });
    expect(invoice.kid).toMatch(/^\d{15}$/);
    expect(isValidMod10Kid(invoice.kid ?? "")).toBe(true);
    expect(invoice.kid?.slice(0, 7)).toBe(String(spot.customerNumber).padStart(7, "0"));
    const forbruk = await forbrukMonth(spot.customerId, spot.point.gsrn, "2026-11");
    expect([forbruk.energyOre, forbruk.markupOre, forbruk.monthlyFeeOre, forbruk.retailVatOre]).toEqual([
      100_800, 5_292, 4_900, 27_748,
    ]);
    expect(forbruk.retailTotalOre).toBe(invoice.amountOre);
    expect(GRID_SCHEMES_NOTE).toMatch(/Strømstøtte og Norgespris er ikke med/);
  });

  it("a fixed-price customer: energy at the fixed price, no markup, the fee, 25 % VAT; equal to Forbruk's month", async () => {
    const invoice = await onlyInvoice(fixed.contractId);
    // 720 kWh × 89.5 = 64 440; markup 0; fee 3 900; net 68 340; VAT 17 085; total 85 425.
    expect(lineRows(invoice.lines)).toEqual([
      ["Strøm, fastpris", "720", "kWh", "89.5", 64_440],
      ["Påslag", "720", "kWh", "0", 0],
      ["Fastbeløp (30 av 30 dager)", "30", "dager", "130", 3_900],
    ]);
    expect([invoice.netOre, invoice.vatOre, invoice.amountOre]).toEqual([68_340, 17_085, 85_425]);
    expect((await forbrukMonth(fixed.customerId, fixed.point.gsrn, "2026-11")).retailTotalOre).toBe(85_425);
  });

  it("a VAT-exempt customer in Tromsø (5501): no VAT, rate 0; equal to Forbruk's month", async () => {
    const invoice = await onlyInvoice(exempt.contractId);
    // 720 kWh × 100 = 72 000; markup 720 × 4.9 = 3 528; fee 4 900; net 80 428, VAT 0.
    expect(invoice.lines.map((l) => l.netOre)).toEqual([72_000, 3_528, 4_900]);
    expect([invoice.netOre, invoice.vatOre, invoice.amountOre, invoice.vatBasisPoints]).toEqual([
      80_428, 0, 80_428, 0,
    ]);
    expect((await forbrukMonth(exempt.customerId, exempt.point.gsrn, "2026-11")).retailTotalOre).toBe(80_428);
  });

  it("a part month (supply from 16 November): 15 of 30 days' fee, the period from the 16th; equal to Forbruk's month", async () => {
    const invoice = await onlyInvoice(part.contractId);
    // 360 kWh × 100 = 36 000; markup 1 764; fee 4 900 × 15/30 = 2 450. VAT is 25 % of the exact net, in
    // which a day's fee is 4 900 / 30 = 163.3333333333 øre (cut at 10⁻¹⁰): 15 days 2 449.9999999995, net
    // 40 213.9999999995, VAT 10 053.4999… → 10 053 (not 10 054), as Forbruk has it.
    expect(lineRows(invoice.lines).at(-1)).toEqual([
      "Fastbeløp (15 av 30 dager)",
      "15",
      "dager",
      "163.333333",
      2_450,
    ]);
    expect(invoice.lines.map((l) => l.netOre)).toEqual([36_000, 1_764, 2_450]);
    expect([invoice.netOre, invoice.vatOre, invoice.amountOre]).toEqual([40_214, 10_053, 50_267]);
    expect(invoice.periodStart).toEqual(new Date("2026-11-16"));
    expect((await forbrukMonth(part.customerId, part.point.gsrn, "2026-11")).retailTotalOre).toBe(50_267);
  });

  it("October, the month summer time ends, has 745 hours: 745 kWh; equal to Forbruk's month", async () => {
    expect(await runBilling("2026-10", { now: NOW })).toEqual({ issued: 1, held: 0, alreadyDone: 0 });
    const october = (await invoicesOf(dst.contractId)).find(
      (i) => i.periodStart.getTime() === Date.parse("2026-10-01"),
    );
    // 745 × 100 = 74 500; markup 745 × 4.9 = 3 650.5 → 3 651; fee 4 900; VAT 25 % of the exact net
    // 83 050.5 = 20 762.625 → 20 763; total 74 500 + 3 651 + 4 900 + 20 763 = 103 814.
    expect(october?.lines.map((l) => [String(l.quantity), l.netOre])).toEqual([
      ["745", 74_500],
      ["745", 3_651],
      ["31", 4_900],
    ]);
    expect([october?.netOre, october?.vatOre, october?.amountOre]).toEqual([83_051, 20_763, 103_814]);
    expect((await forbrukMonth(dst.customerId, dst.point.gsrn, "2026-10")).retailTotalOre).toBe(103_814);
  });
});

describe("running the billing", () => {
  it("P18: twice issues nothing twice: the second run finds every month done", async () => {
    const before = await db.invoice.count();
    expect(await runBilling("2026-11", { now: NOW })).toEqual({ issued: 0, held: 0, alreadyDone: 5 });
    expect(await db.invoice.count()).toBe(before);
    const audit = await db.auditLog.findMany({ where: { action: "billing.run" }, orderBy: { id: "asc" } });
    expect(audit.at(-1)?.metadata).toEqual({
      month: "2026-11",
      issued: 0,
      held: 0,
      alreadyDone: 5,
      reissued: 0,
      failed: 0,
    });
  });

  it("P18: two runs at once: one issues each month, the other finds it done", async () => {
    const a = await billedCustomer({ name: "Samtidig", area: "NO5", from: "2026-11-01" });
    const b = await billedCustomer({ name: "Parallell", area: "NO5", from: "2026-11-01" });
    for (const c of [a, b]) await hourlyReadings(c.point.id, "2026-11-01", "2026-12-01", () => "1");
    const [first, second] = await Promise.all([
      runBilling("2026-11", { now: NOW }),
      runBilling("2026-11", { now: NOW }),
    ]);
    expect(first.issued + second.issued).toBe(2);
    for (const c of [a, b]) {
      expect(await invoicesOf(c.contractId)).toHaveLength(1);
      expect(await db.billingItem.findMany({ where: { contractId: c.contractId } })).toEqual([
        expect.objectContaining({ status: "ISSUED", invoiceId: expect.any(String) }),
      ]);
    }
  });

  it("a month with readings missing is held back with the reason, and issued by a later run once they arrive", async () => {
    const late = await billedCustomer({ name: "Sen", area: "NO5", from: "2026-11-01" });
    const missing = new Set([100, 101, 500]);
    await hourlyReadings(late.point.id, "2026-11-01", "2026-12-01", (h) => (missing.has(h) ? null : "1"));
    expect(await runBilling("2026-11", { now: NOW })).toMatchObject({ issued: 0, held: 1 });
    expect(await db.billingItem.findMany({ where: { contractId: late.contractId } })).toEqual([
      expect.objectContaining({
        status: "HELD",
        invoiceId: null,
        reason: "Mangler målerverdier for 3 av 720 timer i måneden.",
      }),
    ]);
    expect(await invoicesOf(late.contractId)).toEqual([]);

    const start = osloMidnight("2026-11-01").getTime();
    await db.consumptionReading.createMany({
      data: [...missing].map((h) => ({
        meteringPointId: late.point.id,
        intervalStart: new Date(start + h * HOUR),
        resolution: "PT1H" as const,
        kwh: "1",
      })),
    });
    expect(await runBilling("2026-11", { now: NOW })).toMatchObject({ issued: 1, held: 0 });
    expect(await db.billingItem.findMany({ where: { contractId: late.contractId } })).toEqual([
      expect.objectContaining({ status: "ISSUED", reason: null }),
    ]);
    expect((await onlyInvoice(late.contractId)).amountOre).toBe(100_535);
  });

  it("P18: a run that fails for one contract leaves no gap in the series: its number goes to the next invoice", async () => {
    const broken = await billedCustomer({ name: "Feil", area: "NO5", from: "2026-11-01" });
    await hourlyReadings(broken.point.id, "2026-11-01", "2026-12-01", () => "1");
    await db.$executeRawUnsafe(`
      CREATE FUNCTION test_fail_line() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT "buyerName" FROM "Invoice" WHERE id = NEW."invoiceId") = 'Feil Faktura' THEN
          RAISE EXCEPTION 'a line that cannot be written';
        END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_fail_line BEFORE INSERT ON "InvoiceLine" FOR EACH ROW EXECUTE FUNCTION test_fail_line()`,
    );
    const { nextNumber } = await db.invoiceSeries.findUniqueOrThrow({ where: { id: "invoice" } });
    const log = captureLog();
    const failed = await runBilling("2026-11", { now: NOW }).finally(() => log.restore());
    expect(failed).toMatchObject({ issued: 0 });
    // Logged by its code, without the message or the customer's name.
    expect(log.lines().map((l) => l.event)).toEqual(["billing.contract"]);
    expect(log.text()).not.toContain("Feil");
    expect(await invoicesOf(broken.contractId)).toEqual([]);
    expect(await db.billingItem.count({ where: { contractId: broken.contractId } })).toBe(0);
    expect((await db.invoiceSeries.findUniqueOrThrow({ where: { id: "invoice" } })).nextNumber).toBe(
      nextNumber,
    );

    await db.$executeRawUnsafe(`DROP TRIGGER test_fail_line ON "InvoiceLine"`);
    expect(await runBilling("2026-11", { now: NOW })).toMatchObject({ issued: 1 });
    expect((await onlyInvoice(broken.contractId)).invoiceNumber).toBe(nextNumber);
    const numbers = (
      await db.invoice.findMany({ select: { invoiceNumber: true }, orderBy: { invoiceNumber: "asc" } })
    ).map((i) => i.invoiceNumber);
    expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] ?? 0) + i));
  });
});

describe("corrections", () => {
  it("P18: a reading revised after invoicing: the next run credits the invoice in full and issues a new one replacing it", async () => {
    const original = await onlyInvoice(exempt.contractId);
    // Elhub corrects one hour: 1 kWh becomes 11.
    await db.consumptionReading.updateMany({
      where: { meteringPointId: exempt.point.id, intervalStart: osloMidnight("2026-11-10") },
      data: { kwh: "11" },
    });
    await runBilling("2026-11", { now: new Date() });
    const [, creditNote, replacement] = await invoicesOf(exempt.contractId);
    expect(creditNote).toMatchObject({
      kind: "CREDIT_NOTE",
      creditsInvoiceId: original.id,
      netOre: -80_428,
      vatOre: 0,
      amountOre: -80_428,
      kid: null,
    });
    expect(creditNote?.lines.map((l) => [String(l.quantity), l.netOre])).toEqual([
      ["-720", -72_000],
      ["-720", -3_528],
      ["-30", -4_900],
    ]);
    // 10 kWh more at 100 + 4.9 øre: 1 049 øre more, no VAT.
    expect(replacement).toMatchObject({ kind: "INVOICE", replacesInvoiceId: original.id, amountOre: 81_477 });
    expect(replacement?.invoiceNumber).toBe((creditNote?.invoiceNumber ?? 0) + 1);
    expect(await db.billingItem.findFirst({ where: { contractId: exempt.contractId } })).toMatchObject({
      invoiceId: replacement?.id,
    });
    // The next run finds nothing more to correct.
    await runBilling("2026-11", { now: new Date() });
    expect(await invoicesOf(exempt.contractId)).toHaveLength(3);
  });

  it("P18: staff credit an invoice in full with a reason, once; a credit note is not credited; audited", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const actor = { userId: admin.id, role: "ADMIN" };
    const invoice = await onlyInvoice(fixed.contractId);
    const result = await issueCreditNote({ invoiceId: invoice.id, reason: "Feil fastpris", actor }, NOW);
    if (!result.ok) throw new Error(result.reason);
    const note = await db.invoice.findUniqueOrThrow({ where: { id: result.creditNoteId } });
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", creditReason: "Feil fastpris", amountOre: -85_425 });
    expect(await issueCreditNote({ invoiceId: invoice.id, reason: "Igjen", actor })).toEqual({
      ok: false,
      reason: "already-credited",
    });
    expect(await issueCreditNote({ invoiceId: note.id, reason: "Kreditnota", actor })).toEqual({
      ok: false,
      reason: "is-credit-note",
    });
    expect(await issueCreditNote({ invoiceId: randomUUID(), reason: "Finnes ikke", actor })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(
      await db.auditLog.findMany({
        where: { action: "billing.credit-note", actorUserId: admin.id },
        select: { actorRole: true, subjectCustomerId: true, metadata: true },
      }),
    ).toEqual([
      {
        actorRole: "ADMIN",
        subjectCustomerId: fixed.customerId,
        metadata: { invoiceId: invoice.id, creditNoteId: note.id, cause: "staff" },
      },
    ]);
  });

  it("P18: an issued invoice and its lines cannot be changed: the database refuses the UPDATE", async () => {
    const invoice = await onlyInvoice(spot.contractId);
    await expect(
      db.$executeRaw`UPDATE "Invoice" SET "amountOre" = 1 WHERE "id" = ${invoice.id}::uuid`,
    ).rejects.toThrow(/immutable/);
    await expect(
      db.$executeRaw`UPDATE "InvoiceLine" SET "netOre" = 1 WHERE "invoiceId" = ${invoice.id}::uuid`,
    ).rejects.toThrow(/immutable/);
    expect((await onlyInvoice(spot.contractId)).amountOre).toBe(138_740);
  });
});

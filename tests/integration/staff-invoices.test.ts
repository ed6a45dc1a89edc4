import { beforeAll, describe, expect, it, vi } from "vitest";
import { viewCustomer } from "@/features/customers/server/customer-view";
import { billingMonthSummary } from "@/features/invoices/server/billing-month";
import { viewInvoiceAsStaff } from "@/features/invoices/server/staff-invoice-view";
import { findInvoiceId } from "@/features/invoices/server/staff-invoices";
import { db } from "@/platform/db";
import { addDays, addMonths } from "@/platform/time/oslo-calendar";
import { asText } from "../support/as-text";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
  createUser,
} from "../support/factories";

// The pages reach next-auth through the sign-in routes entry; nothing here signs in.
vi.mock("@/features/sign-in/server/config", () => ({}));

let nextNumber = 7_000;
let nextKid = 1_000;

/** An issued invoice as the billing run stores one (the run itself is tested with the billing run). */
async function createInvoice(
  customer: { id: string },
  contractId: string,
  { month, amountOre, kid }: { month: string; amountOre: number; kid?: string },
) {
  const netOre = Math.round(amountOre * 0.8);
  const start = `${month}-01`;
  const next = addMonths(start, 1);
  return db.invoice.create({
    data: {
      invoiceNumber: nextNumber++,
      customerId: customer.id,
      contractId,
      gsrn: "707057500000000018",
      deliveryAddress: "Storgata 1, 0155 Oslo",
      buyerName: "Kari Faktura",
      buyerStreet: "Storgata 1",
      buyerPostalCode: "0155",
      buyerCity: "Oslo",
      periodStart: new Date(start),
      periodEnd: new Date(addDays(next, -1)),
      issuedAt: new Date(`${next}T06:00:00Z`),
      dueDate: new Date(`${next.slice(0, 8)}20`),
      kid: kid ?? `${nextKid++}0`,
      netOre,
      vatOre: amountOre - netOre,
      amountOre,
      lines: {
        create: [
          {
            position: 1,
            description: "Strøm",
            quantity: "412.5",
            unit: "kWh",
            unitPriceOre: "90.5",
            netOre: netOre - 4900,
          },
          {
            position: 2,
            description: "Fastbeløp",
            quantity: "1",
            unit: "mnd",
            unitPriceOre: "4900",
            netOre: 4900,
          },
        ],
      },
    },
    select: { id: true, invoiceNumber: true, kid: true },
  });
}

async function customerWithContract(firstName: string) {
  const customer = await createCustomer({ firstName, lastName: "Faktura" });
  const point = await createMeteringPoint(customer.id);
  const contract = await createContract(customer.id, point.id);
  await createSupplyPeriod(customer.id, point.id, "2025-01-01");
  return { customer, contract, point };
}

describe("staff reads of invoices", () => {
  let staff: { userId: string; role: "SUPPORT" };

  beforeAll(async () => {
    const user = await createUser({ role: "SUPPORT" });
    staff = { userId: user.id, role: "SUPPORT" };
  });

  it("P20: the customer card lists the customer's invoices newest first with what was paid, and its audit row names them", async () => {
    const { customer, contract } = await customerWithContract("Kortine");
    const october = await createInvoice(customer, contract.id, { month: "2026-10", amountOre: 125_000 });
    const november = await createInvoice(customer, contract.id, { month: "2026-11", amountOre: 98_765 });
    const payments = await db.paymentImport.create({
      data: { fileSha256: "a".repeat(64), fileName: "ocr.txt", paymentCount: 1, totalOre: 50_000n },
      select: { id: true },
    });
    await db.payment.create({
      data: {
        importId: payments.id,
        recordLine: 3,
        kid: october.kid ?? "",
        amountOre: 50_000,
        paidOn: new Date("2026-11-18"),
        invoiceId: october.id,
        matchedAt: new Date(),
      },
    });

    const view = await viewCustomer(staff, customer.id, "invoice");
    expect(view?.invoices.map((invoice) => invoice.invoiceNumber)).toEqual([
      november.invoiceNumber,
      october.invoiceNumber,
    ]);
    expect(view?.invoices[1]).toMatchObject({
      amountOre: 125_000,
      paidOre: 50_000,
      creditNote: null,
      reminders: [],
    });
    const row = await db.auditLog.findFirst({
      where: { action: "customer.view", subjectCustomerId: customer.id },
      orderBy: { id: "desc" },
    });
    expect(row?.metadata).toMatchObject({ reason: "invoice", shown: expect.arrayContaining(["invoices"]) });
  });

  it("P20: an invoice opened by staff shows lines, buyer, KID, payments and reminders, and the look is audited with the customer as subject", async () => {
    const { customer, contract } = await customerWithContract("Linja");
    const invoice = await createInvoice(customer, contract.id, { month: "2026-09", amountOre: 80_000 });
    await db.reminder.create({
      data: {
        invoiceId: invoice.id,
        sequence: 1,
        sentAt: new Date("2026-10-25T08:00:00Z"),
        feeOre: 0,
        dueDate: new Date("2026-11-08"),
      },
    });

    const view = await viewInvoiceAsStaff(staff, invoice.id);
    expect(view).toMatchObject({
      invoiceNumber: invoice.invoiceNumber,
      kid: invoice.kid,
      buyerName: "Kari Faktura",
      amountOre: 80_000,
      paidOre: 0,
      creditNote: null,
      reminders: [{ sequence: 1, feeOre: 0 }],
    });
    expect(view?.lines.map((line) => [line.description, line.quantity, line.unit])).toEqual([
      ["Strøm", "412.5", "kWh"],
      ["Fastbeløp", "1", "mnd"],
    ]);
    expect(view?.lines.reduce((sum, line) => sum + line.netOre, 0)).toBe(view?.netOre);
    const look = await db.auditLog.findFirst({ where: { action: "invoice.view", targetId: invoice.id } });
    expect(look).toMatchObject({
      actorUserId: staff.userId,
      actorRole: "SUPPORT",
      subjectCustomerId: customer.id,
      targetType: "Invoice",
      metadata: { reason: "invoice", shown: expect.arrayContaining(["buyer", "payments"]) },
    });
    // The look itself is in the invoice's history the next time it is opened, with who looked.
    const again = await viewInvoiceAsStaff(staff, invoice.id);
    expect(again?.history).toMatchObject([{ action: "invoice.view", actorRole: "SUPPORT" }]);
    expect(asText(again ?? {})).not.toMatch(/nationalId|passwordHash/);
    expect(await viewInvoiceAsStaff(staff, "00000000-0000-7000-8000-000000000000")).toBeNull();
  });

  it("an invoice is found by its number or its KID, spaces allowed, and nothing else finds one", async () => {
    const { customer, contract } = await customerWithContract("Finn");
    const invoice = await createInvoice(customer, contract.id, {
      month: "2026-08",
      amountOre: 10_000,
      kid: "0000123456785",
    });
    expect(await findInvoiceId(String(invoice.invoiceNumber))).toBe(invoice.id);
    expect(await findInvoiceId("0000 1234 5678 5")).toBe(invoice.id);
    expect(await findInvoiceId("99999999999")).toBeNull();
    expect(await findInvoiceId("abc")).toBeNull();
    expect(await findInvoiceId("0")).toBeNull();
  });

  it("P20: the month's run shows issued count and sums and each contract held back with its reason; each listed customer gets a look row", async () => {
    const a = await customerWithContract("Utstedt");
    const b = await customerWithContract("Holdt");
    const issued = await createInvoice(a.customer, a.contract.id, { month: "2026-07", amountOre: 61_250 });
    await db.billingItem.create({
      data: {
        contractId: a.contract.id,
        periodStart: new Date("2026-07-01"),
        status: "ISSUED",
        invoiceId: issued.id,
      },
    });
    await db.billingItem.create({
      data: {
        contractId: b.contract.id,
        periodStart: new Date("2026-07-01"),
        status: "HELD",
        reason: "readings-missing",
      },
    });
    // Another month's decision is not this month's.
    await db.billingItem.create({
      data: {
        contractId: b.contract.id,
        periodStart: new Date("2026-06-01"),
        status: "HELD",
        reason: "readings-missing",
      },
    });

    const summary = await billingMonthSummary(staff, "2026-07");
    expect(summary.issued).toEqual({ count: 1, netOre: 49_000, vatOre: 12_250, amountOre: 61_250 });
    expect(summary.heldTotal).toBe(1);
    expect(summary.held).toMatchObject([
      { customerId: b.customer.id, contractId: b.contract.id, reason: "readings-missing" },
    ]);
    const looks = await db.auditLog.findMany({
      where: { action: "billing.held.list", actorUserId: staff.userId },
    });
    expect(looks.map((look) => look.subjectCustomerId)).toEqual([b.customer.id]);

    const empty = await billingMonthSummary(staff, "2020-01");
    expect(empty).toMatchObject({ issued: { count: 0, amountOre: 0 }, held: [], heldTotal: 0 });
  });
});

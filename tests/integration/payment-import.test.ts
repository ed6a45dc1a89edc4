// Payments from the bank: an OCR giro file read in pays invoices by KID (in full, in part or too much),
// leaves unknown KIDs for staff, changes nothing the second time, and is refused whole when malformed.
// Staff assign a queued payment to an invoice by its number, audited; a customer cannot.
import { describe, expect, it } from "vitest";
import {
  assignPayment,
  importNewBankFiles,
  importPaymentFile,
  listUnmatchedPayments,
  takeInvoiceNumbers,
} from "@/features/invoices/server";
import { createBankFilesClient } from "@/platform/bank/bank-files";
import { type PaymentToWrite, writeOcrGiro } from "@/platform/bank/ocr-giro/write-ocr";
import { db } from "@/platform/db";
import { createCustomer, createUser } from "../support/factories";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
let kidSequence = 7_000_000;

/** An issued invoice of `amountOre` with a KID of its own (a fixture row until the billing run lands). */
async function invoice(amountOre: number, kind: "INVOICE" | "CREDIT_NOTE" = "INVOICE") {
  const customer = await createCustomer();
  const kid = String(++kidSequence);
  return db.$transaction(async (tx) =>
    tx.invoice.create({
      data: {
        invoiceNumber: await takeInvoiceNumbers(tx),
        kind,
        customerId: customer.id,
        buyerName: "Test Kunde",
        buyerStreet: "Testveien 1",
        buyerPostalCode: "0150",
        buyerCity: "Oslo",
        periodStart: new Date("2026-10-01"),
        periodEnd: new Date("2026-10-31"),
        issuedAt: new Date("2026-11-01T07:00:00Z"),
        dueDate: new Date("2026-11-20"),
        kid,
        amountOre,
        vatOre: Math.round(amountOre / 5),
      },
      select: { id: true, kid: true, invoiceNumber: true, customerId: true },
    }),
  );
}

const ocrFile = (payments: PaymentToWrite[]) =>
  writeOcrGiro({ netsDate: "2026-11-21", assignments: [{ account: "15030012345", payments }] });
const staffOf = async (role: "SUPPORT" | "ADMIN" | "CUSTOMER") => ({
  userId: (await createUser({ role })).id,
  role,
});
const paymentsOf = (invoiceId: string) =>
  db.payment.findMany({ where: { invoiceId }, select: { amountOre: true, paidOn: true } });

describe("reading in an OCR giro file", () => {
  it("records each payment on the invoice its KID names: in full, in part and too much; an unknown KID goes to the queue", async () => {
    const [full, partly, over] = [await invoice(61_250), await invoice(80_000), await invoice(10_000)];
    const unknownKid = "99999999999999999";
    const staff = await staffOf("SUPPORT");
    const result = await importPaymentFile(
      {
        fileName: "OCR.20261121.txt",
        content: ocrFile([
          { kid: full.kid ?? "", amountOre: 61_250, paidOn: "2026-11-20", debitAccount: "12345678903" },
          { kid: partly.kid ?? "", amountOre: 30_000, paidOn: "2026-11-19" },
          { kid: over.kid ?? "", amountOre: 15_000, paidOn: "2026-11-21" },
          { kid: unknownKid, amountOre: 4_200, paidOn: "2026-11-21" },
        ]),
      },
      { source: "upload", ...staff },
    );
    expect(result).toMatchObject({
      ok: true,
      duplicate: false,
      payments: 4,
      matched: 3,
      unmatched: 1,
      totalOre: 110_450n,
    });
    expect(await paymentsOf(full.id)).toEqual([{ amountOre: 61_250, paidOn: new Date("2026-11-20") }]);
    expect(await paymentsOf(partly.id)).toEqual([{ amountOre: 30_000, paidOn: new Date("2026-11-19") }]);
    expect(await paymentsOf(over.id)).toEqual([{ amountOre: 15_000, paidOn: new Date("2026-11-21") }]);
    const queued = await db.payment.findMany({
      where: { kid: unknownKid },
      select: { invoiceId: true, amountOre: true },
    });
    expect(queued).toEqual([{ invoiceId: null, amountOre: 4_200 }]);
    const audit = await db.auditLog.findMany({
      where: { action: "payment-import.imported", targetId: result.ok ? result.importId : "" },
      select: { actorUserId: true, metadata: true },
    });
    expect(audit).toEqual([
      { actorUserId: staff.userId, metadata: { source: "upload", payments: 4, matched: 3, unmatched: 1 } },
    ]);
  });

  it("changes nothing when the same file comes again", async () => {
    const target = await invoice(50_000);
    const file = {
      fileName: "OCR.twice.txt",
      content: ocrFile([{ kid: target.kid ?? "", amountOre: 50_000, paidOn: "2026-11-20" }]),
    };
    const first = await importPaymentFile(file, { source: "bank" });
    const before = {
      payments: await db.payment.count(),
      imports: await db.paymentImport.count(),
      audit: await db.auditLog.count(),
    };
    const second = await importPaymentFile({ ...file, fileName: "renamed.txt" }, { source: "bank" });
    expect(second).toMatchObject({ ok: true, duplicate: true, payments: 1, matched: 1 });
    expect(second.ok && first.ok && second.importId === first.importId).toBe(true);
    expect({
      payments: await db.payment.count(),
      imports: await db.paymentImport.count(),
      audit: await db.auditLog.count(),
    }).toEqual(before);
    expect(await paymentsOf(target.id)).toHaveLength(1);
  });

  it("refuses a malformed file whole, naming the line: no payment of it is recorded", async () => {
    const target = await invoice(20_000);
    const good = ocrFile([
      { kid: target.kid ?? "", amountOre: 20_000, paidOn: "2026-11-20" },
      { kid: "123", amountOre: 100, paidOn: "2026-11-20" },
    ]);
    const lines = good.split("\r\n");
    lines[6] = `${lines[6]?.slice(0, 30)}9${lines[6]?.slice(31)}`; // the assignment's end: a wrong sum
    const before = await db.paymentImport.count();
    const result = await importPaymentFile(
      { fileName: "bad.txt", content: lines.join("\r\n") },
      { source: "bank" },
    );
    expect(result).toMatchObject({ ok: false, reason: "malformed", line: 7 });
    expect(!result.ok && result.message).toMatch(/^Linje 7: Oppdragets sluttpost oppgir summen/);
    expect(await paymentsOf(target.id)).toEqual([]);
    expect(await db.paymentImport.count()).toBe(before);
    const truncated = await importPaymentFile(
      { fileName: "cut.txt", content: good.split("\r\n").slice(0, 5).join("\r\n") },
      { source: "bank" },
    );
    expect(truncated).toMatchObject({ ok: false, line: 5 });
    expect(await paymentsOf(target.id)).toEqual([]);
  });
});

describe("the staff queue of unmatched payments", () => {
  async function queuedPayment() {
    const kid = String(++kidSequence * 10);
    await importPaymentFile(
      { fileName: `q${kid}.txt`, content: ocrFile([{ kid, amountOre: 7_700, paidOn: "2026-11-22" }]) },
      { source: "bank" },
    );
    const payment = await db.payment.findFirstOrThrow({ where: { kid }, select: { id: true } });
    return payment.id;
  }

  it("assigns a queued payment to an invoice by its number, once, audited with the invoice's customer", async () => {
    const target = await invoice(7_700);
    const paymentId = await queuedPayment();
    expect((await listUnmatchedPayments()).payments.map((p) => p.id)).toContain(paymentId);
    const staff = await staffOf("SUPPORT");
    expect(await assignPayment(staff, { paymentId, invoiceNumber: target.invoiceNumber })).toEqual({
      ok: true,
      invoiceNumber: target.invoiceNumber,
    });
    expect(await paymentsOf(target.id)).toEqual([{ amountOre: 7_700, paidOn: new Date("2026-11-22") }]);
    expect((await listUnmatchedPayments()).payments.map((p) => p.id)).not.toContain(paymentId);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "payment.assigned", targetId: paymentId },
      select: { actorUserId: true, actorRole: true, subjectCustomerId: true, metadata: true },
    });
    expect(audit).toMatchObject({
      actorUserId: staff.userId,
      actorRole: "SUPPORT",
      subjectCustomerId: target.customerId,
    });
    expect(await assignPayment(staff, { paymentId, invoiceNumber: target.invoiceNumber })).toEqual({
      ok: false,
      reason: "already-matched",
    });
  });

  it("refuses a customer, an unknown invoice number and a credit note, and changes nothing", async () => {
    const target = await invoice(7_700);
    const credit = await invoice(-7_700, "CREDIT_NOTE");
    const paymentId = await queuedPayment();
    const customer = await staffOf("CUSTOMER");
    expect(await assignPayment(customer, { paymentId, invoiceNumber: target.invoiceNumber })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    const staff = await staffOf("ADMIN");
    expect(await assignPayment(staff, { paymentId, invoiceNumber: 987_654_321 })).toEqual({
      ok: false,
      reason: "no-invoice",
    });
    expect(await assignPayment(staff, { paymentId, invoiceNumber: credit.invoiceNumber })).toEqual({
      ok: false,
      reason: "credit-note",
    });
    expect(
      await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { invoiceId: true } }),
    ).toEqual({ invoiceId: null });
    expect(await db.auditLog.count({ where: { action: "payment.assigned", targetId: paymentId } })).toBe(0);
  });
});

describe("the bank's file service (local simulator)", () => {
  it("fetches the files the bank made for chosen KIDs, pays those invoices, and skips them the next time", async () => {
    const target = await invoice(33_300);
    const bank = createBankFilesClient({
      url: `${sim.server.url}/bank`,
      token: "simulator-token",
      timeoutMs: 2000,
    });
    const made = await fetch(`${sim.server.url}/bank/v1/simulator/payments`, {
      method: "POST",
      headers: { Authorization: "Bearer simulator-token", "Content-Type": "application/json" },
      body: JSON.stringify({ payments: [{ kid: target.kid, amountOre: 33_300, paidOn: "2026-11-20" }] }),
    });
    expect(made.status).toBe(201);
    expect(await importNewBankFiles(bank)).toMatchObject({ imported: 1, refused: 0, unavailable: 0 });
    expect(await paymentsOf(target.id)).toEqual([{ amountOre: 33_300, paidOn: new Date("2026-11-20") }]);
    expect(await importNewBankFiles(bank)).toMatchObject({ imported: 0, refused: 0, unavailable: 0 });
    expect(await paymentsOf(target.id)).toHaveLength(1);
  });
});

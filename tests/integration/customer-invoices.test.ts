import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  customerInvoicePdf,
  getCustomerInvoice,
  invoicePdf,
  listCustomerInvoices,
  nextInvoiceToPay,
  sendInvoiceIssuedMail,
  takeInvoiceNumbers,
} from "@/features/invoices/server";
import { db } from "@/platform/db";
import { createCustomer } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";
import { pdfText } from "../support/pdf-text";

const sink = localMailSinkForFile();
// Thursday 10 December 2026, 13:00 in Oslo.
const NOW = new Date("2026-12-10T12:00:00Z");

/** An issued invoice for a month, with its lines (energy, markup, fee), as the billing run stores one. */
async function insertInvoice(
  customerId: string,
  month: string,
  options: { dueDate: string; kid: string; credits?: string; issuedAt?: Date },
) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const lines = [
    {
      description: "Strøm, spotpris",
      quantity: "312.4500",
      unit: "kWh",
      unitPriceOre: "81.234567",
      netOre: 25_382,
    },
    { description: "Påslag", quantity: "312.4500", unit: "kWh", unitPriceOre: "4.900000", netOre: 1_531 },
    { description: "Månedsbeløp", quantity: "30", unit: "dager", unitPriceOre: "163.333333", netOre: 4_900 },
  ];
  const netOre = lines.reduce((sum, line) => sum + line.netOre, 0);
  const vatOre = Math.round(netOre / 4);
  const sign = options.credits ? -1 : 1;
  return db.$transaction(async (tx) => {
    const invoiceNumber = await takeInvoiceNumbers(tx);
    return tx.invoice.create({
      data: {
        invoiceNumber,
        kind: options.credits ? "CREDIT_NOTE" : "INVOICE",
        customerId,
        gsrn: "707057500012345675",
        deliveryAddress: "Målerveien 1, 0150 Oslo",
        buyerName: "Åse Bjørnstad",
        buyerStreet: "Testveien 1",
        buyerPostalCode: "0150",
        buyerCity: "Oslo",
        periodStart: new Date(`${month}-01`),
        periodEnd: new Date(Date.UTC(y, m, 0)),
        issuedAt: options.issuedAt ?? new Date(Date.UTC(y, m, 1, 7)),
        dueDate: new Date(options.dueDate),
        kid: options.kid,
        netOre: sign * netOre,
        vatOre: sign * vatOre,
        amountOre: sign * (netOre + vatOre),
        creditsInvoiceId: options.credits ?? null,
        lines: {
          create: lines.map((line, i) => ({
            ...line,
            position: i + 1,
            netOre: sign * line.netOre,
            quantity: options.credits ? `-${line.quantity}` : line.quantity,
          })),
        },
      },
      select: { id: true, invoiceNumber: true, amountOre: true },
    });
  });
}

async function pay(invoiceId: string, kid: string, amountOre: number) {
  const file = await db.paymentImport.create({
    data: {
      fileSha256: kid.padEnd(64, "0"),
      fileName: "ocr.txt",
      paymentCount: 1,
      totalOre: BigInt(amountOre),
    },
    select: { id: true },
  });
  await db.payment.create({
    data: { importId: file.id, recordLine: 3, kid, amountOre, paidOn: new Date("2026-11-18"), invoiceId },
  });
}

let a: { customerId: string; email: string };
let b: { customerId: string };
let october: { id: string; invoiceNumber: number; amountOre: number };
let november: { id: string; invoiceNumber: number; amountOre: number };
let september: { id: string; invoiceNumber: number };
let credit: { id: string; invoiceNumber: number };
let bInvoice: { id: string };

beforeAll(async () => {
  const customerA = await createCustomer({ email: "ase.faktura@example.com" });
  a = { customerId: customerA.id, email: "ase.faktura@example.com" };
  b = { customerId: (await createCustomer()).id };
  september = await insertInvoice(a.customerId, "2026-09", { dueDate: "2026-10-20", kid: "0000100017" });
  credit = await insertInvoice(a.customerId, "2026-09", {
    dueDate: "2026-10-20",
    kid: "0000100025",
    credits: september.id,
    issuedAt: new Date("2026-10-25T10:00:00Z"),
  });
  october = await insertInvoice(a.customerId, "2026-10", { dueDate: "2026-11-20", kid: "0000100033" });
  november = await insertInvoice(a.customerId, "2026-11", { dueDate: "2026-12-21", kid: "0000100041" });
  await pay(october.id, "0000100033", 10_000);
  bInvoice = await insertInvoice(b.customerId, "2026-11", { dueDate: "2026-12-21", kid: "0000200015" });
});

describe("the customer's invoices", () => {
  it("lists only the customer's own invoices, newest first, with the derived status", async () => {
    const list = await listCustomerInvoices(a.customerId, NOW);
    expect(list.map((invoice) => [invoice.invoiceNumber, invoice.status])).toEqual([
      [november.invoiceNumber, "unpaid"],
      [october.invoiceNumber, "overdue"],
      [credit.invoiceNumber, "credit-note"],
      [september.invoiceNumber, "credited"],
    ]);
    expect(list.find((invoice) => invoice.id === october.id)?.outstandingOre).toBe(
      october.amountOre - 10_000,
    );
    expect(list.some((invoice) => invoice.id === bInvoice.id)).toBe(false);
  });

  it("never gives one customer another's invoice or its PDF: null, as for one that does not exist", async () => {
    expect(await getCustomerInvoice(a.customerId, bInvoice.id, NOW)).toBeNull();
    expect(await customerInvoicePdf(a.customerId, bInvoice.id)).toBeNull();
    expect(await getCustomerInvoice(b.customerId, november.id, NOW)).toBeNull();
    expect(await getCustomerInvoice(a.customerId, "not-a-uuid", NOW)).toBeNull();
    expect((await getCustomerInvoice(b.customerId, bInvoice.id, NOW))?.id).toBe(bInvoice.id);
  });

  it("gives one invoice with its lines, payments and credit note", async () => {
    const invoice = await getCustomerInvoice(a.customerId, october.id, NOW);
    expect(invoice?.lines.map((line) => [line.description, line.netOre])).toEqual([
      ["Strøm, spotpris", 25_382],
      ["Påslag", 1_531],
      ["Månedsbeløp", 4_900],
    ]);
    expect(invoice?.payments).toEqual([{ amountOre: 10_000, paidOn: new Date("2026-11-18") }]);
    expect(invoice?.paidOre).toBe(10_000);
    const credited = await getCustomerInvoice(a.customerId, september.id, NOW);
    expect(credited?.creditNote).toEqual({ id: credit.id, invoiceNumber: credit.invoiceNumber });
    const note = await getCustomerInvoice(a.customerId, credit.id, NOW);
    expect(note?.credits).toMatchObject({ id: september.id, invoiceNumber: september.invoiceNumber });
  });

  it("names the invoice due first that still has something to pay (the overdue one before the new one)", async () => {
    expect((await nextInvoiceToPay(a.customerId, NOW))?.id).toBe(october.id);
    expect(await nextInvoiceToPay((await createCustomer()).id, NOW)).toBeNull();
  });
});

describe("the invoice PDF", () => {
  it("holds the seller's bookkeeping details, buyer, dates, lines, VAT summary, account, KID and due date", async () => {
    const pdf = await invoicePdf(november.id);
    expect(pdf?.filename).toBe(`klarkraft-faktura-${november.invoiceNumber}.pdf`);
    const text = await pdfText(pdf?.content ?? new Uint8Array());
    expect(text).toContain(`Faktura ${november.invoiceNumber}`);
    expect(text).toContain("Klarkraft AS, Kraftgata 1, 0150 Oslo");
    expect(text).toContain("000 000 000 MVA, Foretaksregisteret");
    expect(text).toContain("Kunde: Åse Bjørnstad");
    expect(text).toContain("Fakturadato: 1. desember 2026");
    expect(text).toContain("Leveringsperiode: 1. november 2026 – 30. november 2026");
    expect(text).toContain("Målepunkt-ID: 707057500012345675");
    expect(text).toMatch(/Strøm, spotpris 312,45 kWh 81,23 øre\/kWh 253,82 kr/);
    expect(text).toMatch(/Månedsbeløp 30 dager 1,63 kr\/dag 49,00 kr/);
    expect(text).toMatch(/25 % 318,13 kr 79,53 kr 397,66 kr/);
    expect(text).toContain("Forfallsdato: 21. desember 2026");
    expect(text).toContain("Kontonummer: 1234 56 78903");
    expect(text).toContain("KID: 0000100041");
    expect(text).toContain("Strømstøtte og Norgespris er ikke med på denne fakturaen");
  });

  it("is a tagged PDF in Norwegian: marked, with a structure tree and a title", async () => {
    const pdf = await invoicePdf(november.id);
    const raw = Buffer.from(pdf?.content ?? new Uint8Array()).toString("latin1");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R|\/MarkInfo <</);
    expect(raw).toContain("/Marked true");
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toContain("/S /Table");
    expect(raw).toContain("/Lang (nb-NO)");
  });

  it("renders the same invoice as the same bytes every time", async () => {
    const first = await invoicePdf(november.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await invoicePdf(november.id);
    expect(first?.content.length).toBeGreaterThan(1000);
    expect(Buffer.from(second?.content ?? []).equals(Buffer.from(first?.content ?? []))).toBe(true);
  });

  it("renders a credit note as Kreditnota with the number of the invoice it credits", async () => {
    const pdf = await invoicePdf(credit.id);
    expect(pdf?.filename).toBe(`klarkraft-kreditnota-${credit.invoiceNumber}.pdf`);
    const text = await pdfText(pdf?.content ?? new Uint8Array());
    expect(text).toContain(`Kreditnota ${credit.invoiceNumber} for faktura ${september.invoiceNumber}`);
    expect(text).toContain(`Krediterer faktura: ${september.invoiceNumber}`);
    expect(text).not.toContain("KID:");
  });
});

describe("the mail when an invoice is issued", () => {
  it("links to the invoice on Min side and names no amount, due date or KID", async () => {
    expect(await sendInvoiceIssuedMail({ invoiceId: november.id }, randomUUID(), sink.mail)).toEqual({
      ok: true,
    });
    const [mail] = await readMailTo(sink.dir, a.email);
    expect(mail?.subject).toBe("Ny faktura fra Klarkraft");
    expect(mail?.text).toContain(`/min-side/faktura/${november.id}`);
    expect(mail?.html).toContain(`/min-side/faktura/${november.id}"`);
    for (const part of [mail?.text, mail?.html]) {
      expect(part).not.toMatch(/397,66|0000100041|21\. desember/);
    }
    expect(await sendInvoiceIssuedMail({ invoiceId: "nope" }, randomUUID(), sink.mail)).toEqual({
      ok: false,
      reason: "bad-payload",
    });
  });
});

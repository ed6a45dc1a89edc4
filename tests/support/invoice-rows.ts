// An issued invoice with every invoicing row around it (lines, a reminder, a payment from a bank file,
// the month's billing item, a credit note), every column filled: for the access copy, portability,
// erasure and retention tests. Rows are written as the billing run and the OCR import would leave them.
import { randomInt } from "node:crypto";
import { takeInvoiceNumbers } from "@/features/invoices/server";
import { db } from "@/platform/db";

let fileSequence = 0;

/** A unique KID-shaped reference (digits only; the check digit does not matter to these tests). */
export function testKid(): string {
  return `${Date.now() % 1e9}${randomInt(1e6)}`.padStart(16, "0");
}

export interface InvoicedBuyer {
  customerId: string;
  name: string;
  street: string;
  contractId?: string;
  gsrn?: string;
}

/** A bank file of one KID payment, as the OCR import stores it; returns the payment's id. */
export async function createPayment(data: {
  invoiceId: string | null;
  kid: string;
  amountOre: number;
  paidOn: Date;
  payerAccount?: string;
}) {
  const file = ++fileSequence;
  const bankFile = await db.paymentImport.create({
    data: {
      fileSha256: `${process.pid}-${file}-${randomInt(1e9)}`.padEnd(64, "0").slice(0, 64),
      fileName: `OCR.${file}.txt`,
      paymentCount: 1,
      totalOre: BigInt(data.amountOre),
    },
    select: { id: true },
  });
  const payment = await db.payment.create({
    data: {
      importId: bankFile.id,
      recordLine: 3,
      kid: data.kid,
      amountOre: data.amountOre,
      paidOn: data.paidOn,
      payerAccount: data.payerAccount ?? "12345678903",
      bankReference: `ARK${file}`,
      invoiceId: data.invoiceId,
      matchedAt: data.invoiceId ? data.paidOn : null,
    },
    select: { id: true },
  });
  return payment.id;
}

/** The buyer as invoiced, and the period: January 2026. */
const januaryOf = (buyer: InvoicedBuyer) => ({
  buyerName: buyer.name,
  buyerStreet: buyer.street,
  buyerPostalCode: "0150",
  buyerCity: "Oslo",
  periodStart: new Date("2026-01-01"),
  periodEnd: new Date("2026-01-31"),
});

/**
 * January 2026's invoice of the buyer, issued 5 February, with two lines, a reminder, a part payment and
 * a credit note with a reason. Returns the invoice's id and KID.
 */
export async function createInvoiceWithEverything(buyer: InvoicedBuyer, staffUserId: string) {
  const first = await takeInvoiceNumbers(db, 2);
  const kid = testKid();
  const invoice = await db.invoice.create({
    data: {
      invoiceNumber: first,
      customerId: buyer.customerId,
      contractId: buyer.contractId ?? null,
      gsrn: buyer.gsrn ?? "707057500000000017",
      deliveryAddress: `${buyer.street}, 0150 Oslo`,
      ...januaryOf(buyer),
      issuedAt: new Date("2026-02-05T07:00:00Z"),
      dueDate: new Date("2026-02-20"),
      kid,
      netOre: 98_765,
      vatOre: 24_691,
      amountOre: 123_456,
      lines: {
        create: [
          {
            position: 1,
            description: "Strøm januar 2026",
            quantity: "1234.5678",
            unit: "kWh",
            unitPriceOre: "76.123456",
            netOre: 93_865,
          },
          {
            position: 2,
            description: "Månedsbeløp",
            quantity: "1",
            unit: "mnd",
            unitPriceOre: "4900",
            netOre: 4_900,
          },
        ],
      },
      reminders: {
        create: {
          sequence: 1,
          sentAt: new Date("2026-03-07T08:00:00Z"),
          feeOre: 3_500,
          dueDate: new Date("2026-03-21"),
        },
      },
    },
    select: { id: true },
  });
  await createPayment({ invoiceId: invoice.id, kid, amountOre: 50_000, paidOn: new Date("2026-03-10") });
  await db.payment.updateMany({ where: { invoiceId: invoice.id }, data: { matchedByUserId: staffUserId } });
  await db.invoice.create({
    data: {
      invoiceNumber: first + 1,
      kind: "CREDIT_NOTE",
      customerId: buyer.customerId,
      creditsInvoiceId: invoice.id,
      creditReason: "Feil målerverdi for januar",
      ...januaryOf(buyer),
      issuedAt: new Date("2026-03-12T07:00:00Z"),
      dueDate: new Date("2026-03-12"),
      netOre: -98_765,
      vatOre: -24_691,
      amountOre: -123_456,
    },
  });
  if (buyer.contractId) {
    await db.billingItem.create({
      data: {
        contractId: buyer.contractId,
        periodStart: new Date("2026-01-01"),
        status: "ISSUED",
        reason: "Holdt tilbake til alle målerverdier var kommet",
        invoiceId: invoice.id,
      },
    });
  }
  return { invoiceId: invoice.id, kid };
}

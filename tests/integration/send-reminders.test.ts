// The daily reminder run against a real database and a local SMTP sink: it reminds an invoice unpaid
// after its due date as inkassoforskriften allows, writes one Reminder row per reminder, and sends
// nothing twice however often (or however concurrently) it runs.
import { describe, expect, it } from "vitest";
import { takeInvoiceNumbers } from "@/features/invoices/server";
import { sendReminders } from "@/features/invoices/server/send-reminders";
import { db } from "@/platform/db";
import { createCustomer } from "../support/factories";
import { createPayment, testKid } from "../support/invoice-rows";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();

/** The buyer and period of every invoice here: October 2026. */
const OCTOBER = {
  buyerName: "Test Kunde",
  buyerStreet: "Testveien 1",
  buyerPostalCode: "0150",
  buyerCity: "Oslo",
  periodStart: new Date("2026-10-01"),
  periodEnd: new Date("2026-10-31"),
};

/** 08:00 in Oslo on a date in November or December (UTC+1). */
const at = (date: string) => new Date(`${date}T07:00:00Z`);

/** An invoice of 1 000,00 kr due on `dueDate` to a new customer with an email address. */
async function overdueInvoice(dueDate: string, email: string | null = null) {
  const customer = await createCustomer(email === null ? {} : { email });
  const { email: address } = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
  const kid = testKid();
  const invoice = await db.invoice.create({
    data: {
      invoiceNumber: await takeInvoiceNumbers(db),
      customerId: customer.id,
      ...OCTOBER,
      issuedAt: new Date("2026-11-03T07:00:00Z"),
      dueDate: new Date(dueDate),
      kid,
      netOre: 80_000,
      vatOre: 20_000,
      amountOre: 100_000,
    },
    select: { id: true, invoiceNumber: true },
  });
  return { ...invoice, kid, customerId: customer.id, email: address as string };
}

const remindersOf = (invoiceId: string) =>
  db.reminder.findMany({ where: { invoiceId }, orderBy: { sequence: "asc" } });

describe("payment reminders", () => {
  it("reminds an unpaid invoice 14 days after its due date with the 35 kr fee, by mail naming the claim", async () => {
    const invoice = await overdueInvoice("2026-11-20");

    await sendReminders({ now: at("2026-12-03"), mail: sink.mail });
    expect(await remindersOf(invoice.id)).toEqual([]);

    await sendReminders({ now: at("2026-12-04"), mail: sink.mail });
    expect(await remindersOf(invoice.id)).toMatchObject([
      { sequence: 1, feeOre: 3_500, dueDate: new Date("2026-12-18"), sentAt: at("2026-12-04") },
    ]);
    const [mail, ...more] = await readMailTo(sink.dir, invoice.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(`Påminnelse: faktura ${invoice.invoiceNumber} er ikke betalt`);
    // What the claim is and how much (§ 1-2), the fee, the new deadline and the KID to pay with.
    const text = mail?.text.replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain("Ubetalt av fakturaen: 1 000,00 kr");
    expect(text).toContain("Purregebyr: 35,00 kr");
    expect(text).toContain("Å betale: 1 035,00 kr");
    expect(text).toContain("Ny betalingsfrist: 18. desember 2026");
    expect(text).toContain(`KID: ${invoice.kid}`);
    expect(text).toContain(`/min-side/faktura/${invoice.id}`);
  });

  it("is idempotent: the same day again, and two runs at once, send each reminder once; never a third", async () => {
    const invoice = await overdueInvoice("2026-11-01");
    await sendReminders({ now: at("2026-11-15"), mail: sink.mail });
    expect(await sendReminders({ now: at("2026-11-15"), mail: sink.mail })).toMatchObject({ sent: 0 });
    expect(await remindersOf(invoice.id)).toHaveLength(1);

    // The first reminder's deadline (29 November) has passed: the second, with the second fee.
    const runs = await Promise.all([
      sendReminders({ now: at("2026-11-30"), mail: sink.mail }),
      sendReminders({ now: at("2026-11-30"), mail: sink.mail }),
    ]);
    expect(runs.map((run) => run.failed)).toEqual([0, 0]);
    expect(await remindersOf(invoice.id)).toMatchObject([
      { sequence: 1, feeOre: 3_500 },
      { sequence: 2, feeOre: 3_500, dueDate: new Date("2026-12-14") },
    ]);

    await sendReminders({ now: at("2026-12-31"), mail: sink.mail });
    expect(await remindersOf(invoice.id)).toHaveLength(2);
    const mails = await readMailTo(sink.dir, invoice.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      `2. påminnelse: faktura ${invoice.invoiceNumber} er ikke betalt`,
      `Påminnelse: faktura ${invoice.invoiceNumber} er ikke betalt`,
    ]);
    expect(mails[0]?.text).toContain("Tidligere purregebyr: 35,00 kr");
  });

  it("leaves a paid invoice and a credited one alone", async () => {
    const paid = await overdueInvoice("2026-11-01");
    await createPayment({
      invoiceId: paid.id,
      kid: paid.kid,
      amountOre: 100_000,
      paidOn: new Date("2026-11-05"),
    });
    const credited = await overdueInvoice("2026-11-01");
    await db.invoice.create({
      data: {
        invoiceNumber: await takeInvoiceNumbers(db),
        kind: "CREDIT_NOTE",
        customerId: credited.customerId,
        creditsInvoiceId: credited.id,
        creditReason: "Feil periode",
        ...OCTOBER,
        issuedAt: new Date("2026-11-04T07:00:00Z"),
        dueDate: new Date("2026-11-04"),
        netOre: -80_000,
        vatOre: -20_000,
        amountOre: -100_000,
      },
    });
    await sendReminders({ now: at("2026-11-20"), mail: sink.mail });
    expect(await remindersOf(paid.id)).toEqual([]);
    expect(await remindersOf(credited.id)).toEqual([]);
    expect(await readMailTo(sink.dir, paid.email)).toEqual([]);
  });

  it("writes no reminder when the mail cannot be sent, so tomorrow's run tries again", async () => {
    const invoice = await overdueInvoice("2026-11-01");
    const down = { smtpUrl: "smtp://127.0.0.1:9" };
    expect(await sendReminders({ now: at("2026-11-16"), mail: down })).toMatchObject({ failed: 1 });
    expect(await remindersOf(invoice.id)).toEqual([]);
    await sendReminders({ now: at("2026-11-17"), mail: sink.mail });
    expect(await remindersOf(invoice.id)).toMatchObject([{ sequence: 1, feeOre: 3_500 }]);
  });
});

import { describe, expect, it } from "vitest";
import { eraseCustomer } from "@/features/privacy/server/erasure";
import { runRetention } from "@/features/privacy/server/retention";
import { db } from "@/platform/db";
import { createCustomerEverywhere } from "../support/customer-everywhere";
import { createConsentRecord, createMeteringPoint, createUser } from "../support/factories";
import { ensureReadingMonths } from "../support/reading-months";

/** A former customer who left on 31 January 2026 (the factory's dates), with data in every table. */
async function formerCustomer() {
  const made = await createCustomerEverywhere();
  await db.customer.update({
    where: { id: made.customerId },
    data: { status: "ENDED", endedAt: new Date("2026-01-31T12:00:00Z"), anonymisedAt: null },
  });
  return made;
}

const affected = (report: Awaited<ReturnType<typeof runRetention>>, name: string) =>
  report.lines.find((line) => line.name === name)?.affected;

describe("retention job", () => {
  it("P21: a former customer's login goes when the relationship ends, contact details and national ID three months later", async () => {
    const { customerId, userId } = await formerCustomer();

    await runRetention({ now: new Date("2026-02-01T12:00:00Z") });
    expect(await db.user.count({ where: { id: userId } })).toBe(0);
    expect(await db.customer.findUniqueOrThrow({ where: { id: customerId } })).toMatchObject({
      anonymisedAt: null,
    });

    await runRetention({ now: new Date("2026-04-30T12:00:00Z") });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customerId } })).toMatchObject({
      anonymisedAt: null,
    });

    await runRetention({ now: new Date("2026-05-01T12:00:00Z") });
    const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(customer).toMatchObject({
      email: null,
      phone: null,
      nationalIdCiphertext: null,
      nationalIdHash: null,
    });
    expect(customer.anonymisedAt).not.toBeNull();
    expect(await db.consumptionReading.count({ where: { meteringPoint: { customerId } } })).toBe(0);
    // The hourly rollup is the readings summed: it goes with them.
    expect(await db.consumptionHour.count({ where: { meteringPoint: { customerId } } })).toBe(0);
    // And what their months cost, stored from them.
    expect(await db.monthCost.count({ where: { customerId } })).toBe(0);
    // The invoice keeps its buyer snapshot for bokføringsloven.
    expect((await db.invoice.findFirstOrThrow({ where: { customerId } })).buyerName).toMatch(/^Gudrun/);
  });

  it("P21: a current customer keeps everything", async () => {
    const { customerId, userId } = await createCustomerEverywhere({ contractStatus: "ACTIVE" });
    await db.customer.update({
      where: { id: customerId },
      data: { status: "ACTIVE", endedAt: null, anonymisedAt: null },
    });
    await runRetention({ now: new Date("2026-06-01T12:00:00Z") });
    expect(await db.user.count({ where: { id: userId } })).toBe(1);
    expect((await db.customer.findUniqueOrThrow({ where: { id: customerId } })).email).not.toBeNull();
  });

  it("P21: invoices go after five years from the end of their financial year, contracts after three and a half", async () => {
    const { customerId } = await formerCustomer();
    // Invoice issued February 2026; contract ended 31 January 2026.
    await runRetention({ now: new Date("2030-06-30T21:00:00Z") });
    expect(await db.contract.count({ where: { customerId } })).toBe(1);
    await runRetention({ now: new Date("2030-06-30T22:00:00Z") });
    expect(await db.contract.count({ where: { customerId } })).toBe(0);
    expect(await db.meteringPoint.count({ where: { customerId } })).toBe(0);
    // The invoices outlive the contract they billed, still naming the metering point they were for.
    const invoice = await db.invoice.findFirstOrThrow({ where: { customerId, kind: "INVOICE" } });
    expect(invoice.contractId).toBeNull();
    expect(invoice.gsrn).toMatch(/^\d{18}$/);

    await runRetention({ now: new Date("2031-12-31T22:59:59Z") });
    expect(await db.invoice.count({ where: { customerId } })).toBe(2);
    await runRetention({ now: new Date("2031-12-31T23:00:00Z") });
    expect(await db.invoice.count({ where: { customerId } })).toBe(0);
    // With nothing left to keep, the anonymised customer row itself goes.
    expect(await db.customer.count({ where: { id: customerId } })).toBe(0);
  });

  it("P21: bookkeeping data issued in 2026 is kept through erasure until 31 December 2031 and deleted on 1 January 2032 (bokføringsloven § 13)", async () => {
    const { customerId, staffUserId } = await formerCustomer();
    const erased = await eraseCustomer(
      customerId,
      { userId: staffUserId, role: "SUPPORT" },
      new Date("2026-03-01T12:00:00Z"),
    );
    expect(erased).toEqual({ ok: true, alreadyErased: false });
    const held = async () => ({
      invoices: await db.invoice.count({ where: { customerId } }),
      lines: await db.invoiceLine.count({ where: { invoice: { customerId } } }),
      reminders: await db.reminder.count({ where: { invoice: { customerId } } }),
      payments: await db.payment.count({ where: { invoice: { customerId } } }),
    });
    const all = { invoices: 2, lines: 2, reminders: 1, payments: 1 };
    expect(await held()).toEqual(all);

    // The last minute of 31 December 2031 in Oslo: five whole years after 2026 have not run out.
    const lastDay = await runRetention({ now: new Date("2031-12-31T22:59:00Z") });
    expect(await held()).toEqual(all);
    expect(affected(lastDay, "accounting-invoices")).toBe(0);

    // Midnight, 1 January 2032 in Oslo: all of it goes in one run, the credit note before what it credits.
    const newYear = await runRetention({ now: new Date("2031-12-31T23:00:00Z") });
    expect(await held()).toEqual({ invoices: 0, lines: 0, reminders: 0, payments: 0 });
    expect(affected(newYear, "accounting-invoices")).toBe(2);
  });

  it("P21: closed inquiries after 12 months, closed privacy requests after 36, expired applications at once", async () => {
    const customer = await createUser();
    const customerId = customer.customerId as string;
    const closed = await db.inquiry.create({
      data: {
        customerId,
        subject: "Gammel sak",
        status: "CLOSED",
        // Closed long ago, and the row touched since (updatedAt is now): the period counts from closing.
        closedAt: new Date("2025-01-15T10:00:00Z"),
      },
    });

    const open = await db.inquiry.create({ data: { customerId, subject: "Åpen sak", status: "OPEN" } });
    const request = await db.privacyRequest.create({
      data: {
        customerId,
        type: "ACCESS",
        status: "COMPLETED",
        dueAt: new Date("2023-02-15T23:00:00Z"),
        completedAt: new Date("2023-01-20T10:00:00Z"),
      },
    });
    const application = await db.onboardingApplication.create({
      data: {
        firstName: "Avbrutt",
        lastName: "Søker",
        email: "avbrutt@example.com",
        phone: "+47 90000000",
        street: "Vei 1",
        postalCode: "0150",
        city: "Oslo",
        nationalIdCiphertext: "ciphertext-x",
        nationalIdHash: `hash-${customerId}`,
        resumeTokenHash: `resume-${customerId}`,
        fieldSources: {},
        consentedAt: new Date("2026-01-03T10:00:00Z"),
        expiresAt: new Date("2026-01-10T10:00:00Z"),
      },
    });

    await runRetention({ now: new Date("2026-01-14T12:00:00Z") });
    expect(await db.inquiry.count({ where: { id: closed.id } })).toBe(1);
    expect(await db.privacyRequest.count({ where: { id: request.id } })).toBe(1);
    expect(await db.onboardingApplication.count({ where: { id: application.id } })).toBe(0);

    await runRetention({ now: new Date("2026-01-21T12:00:00Z") });
    expect(await db.inquiry.count({ where: { id: closed.id } })).toBe(0);
    expect(await db.inquiry.count({ where: { id: open.id } })).toBe(1);
    expect(await db.privacyRequest.count({ where: { id: request.id } })).toBe(0);
  });

  it("P21: superseded consent records go by their own rule; the one in force stays", async () => {
    const first = await createConsentRecord({ createdAt: new Date("2022-01-10T10:00:00Z") });
    const second = await createConsentRecord({
      visitorId: first.visitorId,
      createdAt: new Date("2022-02-10T10:00:00Z"),
    });
    await runRetention({ now: new Date("2025-03-01T12:00:00Z") });
    expect(await db.consentRecord.count({ where: { id: first.id } })).toBe(0);
    expect(await db.consentRecord.count({ where: { id: second.id } })).toBe(1);
  });

  it("P21: audit entries go after 36 months, and only those", async () => {
    const at = (months: number) => {
      const d = new Date();
      d.setUTCMonth(d.getUTCMonth() - months);
      return d;
    };
    const old = await db.auditLog.create({ data: { actorRole: "SYSTEM", action: "test.old", at: at(37) } });
    const young = await db.auditLog.create({
      data: { actorRole: "SYSTEM", action: "test.young", at: at(35) },
    });
    await runRetention();
    expect(await db.auditLog.count({ where: { id: old.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { id: young.id } })).toBe(1);
  });

  it("P21: consumption older than the register's three years goes even for a current customer", async () => {
    const user = await createUser();
    const point = await createMeteringPoint(user.customerId as string);
    await ensureReadingMonths([new Date("2023-01-01T00:00:00Z"), new Date("2024-06-01T00:00:00Z")]);
    await db.consumptionReading.createMany({
      data: [
        {
          meteringPointId: point.id,
          intervalStart: new Date("2023-01-01T00:00:00Z"),
          resolution: "PT1H",
          kwh: "1",
        },
        {
          meteringPointId: point.id,
          intervalStart: new Date("2024-06-01T00:00:00Z"),
          resolution: "PT1H",
          kwh: "1",
        },
      ],
    });
    await runRetention({ now: new Date("2026-11-25T12:00:00Z") });
    expect(await db.consumptionReading.count({ where: { meteringPointId: point.id } })).toBe(1);
    const hours = await db.consumptionHour.findMany({ where: { meteringPointId: point.id } });
    expect(hours.map((h) => h.hourStart.toISOString())).toEqual(["2024-06-01T00:00:00.000Z"]);
  });

  it("a dry run reports what a run would do and changes nothing; a second run changes nothing more", async () => {
    const { userId } = await formerCustomer();
    const now = new Date("2026-05-01T12:00:00Z");
    const dry = await runRetention({ now, dryRun: true });
    expect(affected(dry, "former-customer-logins")).toBeGreaterThanOrEqual(1);
    expect(await db.user.count({ where: { id: userId } })).toBe(1);
    const real = await runRetention({ now });
    expect(real.lines.map((l) => [l.name, l.affected])).toEqual(dry.lines.map((l) => [l.name, l.affected]));
    const again = await runRetention({ now });
    expect(again.lines.every((line) => line.affected === 0)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "retention.run" } })).toBeGreaterThanOrEqual(2);
  });
});

import { describe, expect, it } from "vitest";
import { submitPrivacyRequest } from "@/features/privacy/server";
import { eraseCustomer, eraseOwnData } from "@/features/privacy/server/erasure";
import { erasurePreview } from "@/features/privacy/server/erasure-preview";
import { runRetention } from "@/features/privacy/server/retention";
import { db } from "@/platform/db";
import { createCustomerEverywhere } from "../support/customer-everywhere";
import { PASSWORD } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";

const NOW = new Date("2026-03-01T12:00:00Z");
const sink = localMailSinkForFile();

async function erasable(options: { contractStatus?: "ACTIVE" | "TERMINATED" } = {}) {
  const made = await createCustomerEverywhere(options);
  await db.customer.update({ where: { id: made.customerId }, data: { anonymisedAt: null } });
  return made;
}

/** Every text-like column of every table in the database, as "schema"."table"."column". */
async function textColumns() {
  return db.$queryRaw<{ schema: string; table: string; column: string }[]>`
    SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE t.table_type = 'BASE TABLE'
      AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'USER-DEFINED', 'ARRAY')`;
}

/** Where a value still appears: "table.column" for each hit. */
async function traces(needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const { schema, table, column } of await textColumns()) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${schema}"."${table}" WHERE position(lower($1) in lower("${column}"::text)) > 0`,
      needle,
    );
    if (row && row.n > 0n) hits.push(`${table}.${column}`);
  }
  return hits;
}

describe("erasure", () => {
  it("P24: shows what goes now and what the law keeps until which date, from the customer's own data", async () => {
    const { customerId } = await erasable();
    const preview = await erasurePreview(customerId, NOW);
    expect(preview?.activeContracts).toBe(0);
    expect(preview?.erased.map((e) => e.field)).toEqual(
      expect.arrayContaining(["email", "phone", "national-id", "readings"]),
    );
    const kept = Object.fromEntries((preview?.kept ?? []).map((k) => [k.field, k]));
    // The last invoice was issued in February 2026: kept through 31 December 2031.
    expect(kept.invoices?.until?.toISOString()).toBe("2031-12-31T23:00:00.000Z");
    expect(kept.invoices?.law).toContain("bokføringsloven");
    // The contract ended 31 January 2026: kept through 30 June 2030.
    expect(kept.agreement?.until?.toISOString()).toBe("2030-06-30T22:00:00.000Z");
    expect(kept.name?.until?.toISOString()).toBe("2031-12-31T23:00:00.000Z");
  });

  it("P18: erasure keeps the bookkeeping documentation for its period: the invoice and its lines, the reminder, the payment with the payer's account, the credit note", async () => {
    const { customerId, userId, identity } = await erasable();
    const invoicing = async () => ({
      invoices: await db.invoice.findMany({
        where: { customerId },
        orderBy: { invoiceNumber: "asc" },
        include: { lines: { orderBy: { position: "asc" } }, reminders: true, payments: true },
      }),
      billingItems: await db.billingItem.findMany({ where: { contract: { customerId } } }),
    });
    const before = await invoicing();
    expect(before.invoices).toHaveLength(2);
    expect(before.invoices[0]?.lines).toHaveLength(2);

    expect(
      await eraseOwnData(
        { userId, customerId },
        { currentPassword: PASSWORD },
        { now: NOW, mail: sink.mail },
      ),
    ).toEqual({ ok: true, alreadyErased: false });

    // Every row and every value the bookkeeping law keeps is as it was: the buyer as invoiced, the
    // lines, the reminder with its fee, the payment with the account it came from.
    expect(await invoicing()).toEqual(before);
    const [invoice] = before.invoices;
    expect(invoice?.buyerName).toBe(`${identity.firstName} ${identity.lastName}`);
    expect(invoice?.reminders[0]?.feeOre).toBe(3_500);
    expect(invoice?.payments[0]?.payerAccount).toBe("12345678903");
    // And the preview told the customer so, with the date it ends: five years after 2026.
    const kept = Object.fromEntries(
      ((await erasurePreview(customerId, NOW))?.kept ?? []).map((k) => [k.field, k]),
    );
    expect(kept.payments?.until?.toISOString()).toBe("2031-12-31T23:00:00.000Z");
    expect(kept.payments?.law).toContain("bokføringsloven § 13");
  });

  it("P24: an active contract blocks erasure, and nothing is touched", async () => {
    const { customerId, userId, identity } = await erasable({ contractStatus: "ACTIVE" });
    expect((await erasurePreview(customerId, NOW))?.activeContracts).toBe(1);
    expect(
      await eraseOwnData(
        { userId, customerId },
        { currentPassword: PASSWORD },
        { now: NOW, mail: sink.mail },
      ),
    ).toEqual({
      ok: false,
      reason: "active-contract",
    });
    expect(await db.customer.findUnique({ where: { id: customerId }, select: { email: true } })).toEqual({
      email: identity.email,
    });
  });

  it("asks for the password before it erases", async () => {
    const { customerId, userId } = await erasable();
    expect(
      await eraseOwnData({ userId, customerId }, { currentPassword: "feil passord her" }, { now: NOW }),
    ).toEqual({
      ok: false,
      reason: "wrong-current-password",
    });
    expect(await db.user.count({ where: { id: userId } })).toBe(1);
  });

  it("P24: leaves no trace of name, email, phone or national ID in any text column of any table, except the invoices' buyer", async () => {
    const other = await erasable();
    const { customerId, userId, identity } = await erasable();
    expect(
      await eraseOwnData(
        { userId, customerId },
        { currentPassword: PASSWORD },
        { now: NOW, mail: sink.mail },
      ),
    ).toEqual({
      ok: true,
      alreadyErased: false,
    });

    expect(await traces(identity.email)).toEqual([]);
    expect(await traces(identity.phone)).toEqual([]);
    expect(await traces(identity.nationalId)).toEqual([]);
    const invoiceOnly = ["Invoice.buyerName"];
    expect(await traces(identity.firstName)).toEqual(invoiceOnly);
    expect(await traces(identity.lastName)).toEqual(invoiceOnly);

    // The invoice is intact and still names its buyer (bokføringsloven).
    const invoice = await db.invoice.findFirstOrThrow({ where: { customerId, kind: "INVOICE" } });
    expect(invoice.buyerName).toBe(`${identity.firstName} ${identity.lastName}`);
    expect(invoice.amountOre).toBe(123_456);
    // Every session ended with the login.
    expect(await db.authSession.count({ where: { userId } })).toBe(0);
    // The other customer is untouched.
    expect(await traces(other.identity.email)).not.toEqual([]);
    expect(await db.customer.findUniqueOrThrow({ where: { id: other.customerId } })).toMatchObject({
      email: other.identity.email,
      anonymisedAt: null,
    });
  });

  it("P24: leaves an audit entry without personal data and a completed request on the timeline", async () => {
    const { customerId, userId, identity } = await erasable();
    await eraseOwnData({ userId, customerId }, { currentPassword: PASSWORD }, { now: NOW, mail: sink.mail });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.erasure.completed", subjectCustomerId: customerId },
    });
    const text = JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    for (const value of [
      identity.email,
      identity.firstName,
      identity.lastName,
      identity.phone,
      identity.nationalId,
    ]) {
      expect(text).not.toContain(value);
    }
    expect(audit.metadata).toMatchObject({ sessions: 1, inquiries: 1, readings: 3, applications: 1 });
    const request = await db.privacyRequest.findFirstOrThrow({ where: { customerId, type: "ERASURE" } });
    expect(request.status).toBe("COMPLETED");
    const [receipt] = await readMailTo(sink.dir, identity.email);
    expect(receipt?.subject).toContain("slettet");
  });

  it("P24: erasing twice is harmless", async () => {
    const staff = await db.user.create({
      data: { email: `personvern-${Date.now()}@example.com`, passwordHash: "x", role: "ADMIN" },
      select: { id: true },
    });
    const { customerId } = await erasable();
    expect(await eraseCustomer(customerId, { userId: staff.id, role: "ADMIN" }, NOW)).toEqual({
      ok: true,
      alreadyErased: false,
    });
    const after = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(await eraseCustomer(customerId, { userId: staff.id, role: "ADMIN" }, NOW)).toEqual({
      ok: true,
      alreadyErased: true,
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customerId } })).toEqual(after);
    expect(await db.privacyRequest.count({ where: { customerId, type: "ERASURE" } })).toBe(1);
  });

  it("P24: erasure closes the customer's open requests as withdrawn, with an event, and retention deletes them in time", async () => {
    const { customerId, userId } = await erasable();
    const submitted = await submitPrivacyRequest(
      { userId, customerId },
      { type: "RECTIFICATION", field: "address", details: "Feil adresse." },
      { now: new Date("2026-02-20T12:00:00Z"), mail: sink.mail },
    );
    await eraseOwnData({ userId, customerId }, { currentPassword: PASSWORD }, { now: NOW, mail: sink.mail });
    const request = await db.privacyRequest.findUniqueOrThrow({
      where: { id: submitted.requestId },
      select: { status: true, completedAt: true, events: { select: { kind: true, createdAt: true } } },
    });
    expect(request).toEqual({
      status: "WITHDRAWN",
      completedAt: NOW,
      events: expect.arrayContaining([{ kind: "withdrawn", createdAt: NOW }]),
    });
    // Closed requests are kept 36 months (the register), then go with the closed-requests rule.
    await runRetention({ now: new Date("2029-02-02T12:00:00Z") });
    expect(await db.privacyRequest.count({ where: { id: submitted.requestId } })).toBe(1);
    await runRetention({ now: new Date("2029-03-02T12:00:00Z") });
    expect(await db.privacyRequest.count({ where: { id: submitted.requestId } })).toBe(0);
  });
});

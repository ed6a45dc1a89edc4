// Erasure is idempotent: two at once, one retried after a failure part way, and one racing the retention
// job each end with the customer erased once, one request and one audit row, and never a thrown error.
import { describe, expect, it } from "vitest";
import { eraseCustomer, eraseOwnData } from "@/features/privacy/server/erasure";
import { runRetention } from "@/features/privacy/server/retention";
import { keepErasuresOff } from "@/features/privacy/server/retention-lock";
import { carryOutErasure } from "@/features/privacy/server/staff-erasure";
import { registerPrivacyRequest } from "@/features/privacy/server/staff-registration";
import { db } from "@/platform/db";
import { createCustomerEverywhere } from "../support/customer-everywhere";
import { createUser, PASSWORD } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";

const NOW = new Date("2026-03-01T12:00:00Z");
const sink = localMailSinkForFile();

/** A former customer with data everywhere, not yet erased. */
async function erasable() {
  const made = await createCustomerEverywhere();
  const { customerNumber } = await db.customer.update({
    where: { id: made.customerId },
    data: { anonymisedAt: null },
    select: { customerNumber: true },
  });
  return { ...made, customerNumber: String(customerNumber) };
}

async function admin() {
  const user = await createUser({ role: "ADMIN" });
  return { userId: user.id, role: "ADMIN" as const };
}

/** The erasure's footprint: what must exist exactly once however many erasures ran. */
async function footprint(customerId: string) {
  const [customer, requests, audits] = await Promise.all([
    db.customer.findUnique({ where: { id: customerId }, select: { anonymisedAt: true, email: true } }),
    db.privacyRequest.findMany({ where: { customerId, type: "ERASURE" }, select: { status: true } }),
    db.auditLog.count({ where: { action: "privacy.erasure.completed", subjectCustomerId: customerId } }),
  ]);
  return { customer, requests, audits };
}

describe("erasure is idempotent", () => {
  it("P24: two erasures of one customer at once: one erases, the other finds it done", async () => {
    const actor = await admin();
    const { customerId } = await erasable();
    const results = await Promise.all([
      eraseCustomer(customerId, actor, NOW),
      eraseCustomer(customerId, actor, NOW),
    ]);
    expect(results).toEqual(
      expect.arrayContaining([
        { ok: true, alreadyErased: false },
        { ok: true, alreadyErased: true },
      ]),
    );
    expect(await footprint(customerId)).toEqual({
      customer: { anonymisedAt: NOW, email: null },
      requests: [{ status: "COMPLETED" }],
      audits: 1,
    });
  });

  it("P24: the customer's erasure sent twice at once (a double click) erases once and mails one receipt", async () => {
    const { customerId, userId, identity } = await erasable();
    const erase = () =>
      eraseOwnData({ userId, customerId }, { currentPassword: PASSWORD }, { now: NOW, mail: sink.mail });
    const results = await Promise.all([erase(), erase()]);
    expect(results).toContainEqual({ ok: true, alreadyErased: false });
    for (const result of results) expect(result.ok).toBe(true);
    expect(await footprint(customerId)).toMatchObject({ requests: [{ status: "COMPLETED" }], audits: 1 });
    expect(await readMailTo(sink.dir, identity.email)).toHaveLength(1);
  });

  it("P24: the customer's erasure sent again after it was done is a no-op success, not an error", async () => {
    const { customerId, userId } = await erasable();
    const erase = () =>
      eraseOwnData({ userId, customerId }, { currentPassword: PASSWORD }, { now: NOW, mail: sink.mail });
    expect(await erase()).toEqual({ ok: true, alreadyErased: false });
    expect(await erase()).toEqual({ ok: true, alreadyErased: true });
  });

  it("P24: staff carrying out one request twice at once: one erases, the other is told it is closed", async () => {
    const staff = await admin();
    const { customerId, identity, customerNumber } = await erasable();
    const registered = await registerPrivacyRequest(
      staff,
      {
        requester: "customer",
        customerNumber,
        identityVerification: "ID_DOCUMENT_IN_PERSON",
        type: "ERASURE",
        receivedOn: "2026-02-27",
        email: identity.email,
        details: "Slett alt.",
      },
      { now: NOW, mail: sink.mail },
    );
    if (!registered.ok) throw new Error(registered.reason);
    const carryOut = () =>
      carryOutErasure(staff, { requestId: registered.requestId }, { now: NOW, mail: sink.mail });
    const results = await Promise.all([carryOut(), carryOut()]);
    expect(results).toEqual(expect.arrayContaining([{ ok: true }, { ok: false, reason: "closed" }]));
    expect(await footprint(customerId)).toMatchObject({ requests: [{ status: "COMPLETED" }], audits: 1 });
  });

  it("P24: an erasure that failed part way leaves nothing half done, and the retry erases once", async () => {
    const actor = await admin();
    const { customerId, identity } = await erasable();
    // The audit instance's failure: its audit log's id sequence lagged behind its rows, so the erasure's
    // audit row (written after the deletes) hit the primary key with P2002.
    await db.auditLog.create({ data: { actorRole: "SYSTEM", action: "test.marker" } });
    await db.$executeRaw`SELECT setval(pg_get_serial_sequence('"AuditLog"', 'id'), (SELECT max(id) - 1 FROM "AuditLog"))`;
    await expect(eraseCustomer(customerId, actor, NOW)).rejects.toMatchObject({ code: "P2002" });
    expect(await footprint(customerId)).toEqual({
      customer: { anonymisedAt: null, email: identity.email },
      requests: [],
      audits: 0,
    });
    expect(await db.user.count({ where: { customerId } })).toBe(1);

    expect(await eraseCustomer(customerId, actor, NOW)).toEqual({ ok: true, alreadyErased: false });
    expect(await eraseCustomer(customerId, actor, NOW)).toEqual({ ok: true, alreadyErased: true });
    expect(await footprint(customerId)).toMatchObject({ requests: [{ status: "COMPLETED" }], audits: 1 });
  });

  it("P24: an erasure racing the retention job succeeds whichever commits first", async () => {
    const actor = await admin();
    const { customerId } = await erasable();
    // Years later: retention anonymises the former customer and, once the accounts are past, deletes them.
    const later = new Date("2032-06-01T12:00:00Z");
    const [erased] = await Promise.all([
      eraseCustomer(customerId, actor, later),
      runRetention({ now: later }),
    ]);
    // Done, or told that the run is under way: never an error.
    expect([true, "retention-running"]).toContain(erased.ok || erased.reason);
    // After the retention job deleted the customer, an erasure of them is done already.
    expect(await eraseCustomer(customerId, actor, later)).toEqual({ ok: true, alreadyErased: true });
  });
});

/** Until `count` connections to this database wait for a lock: orders the steps of a race. */
async function lockWaiters(count: number) {
  for (;;) {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row && row.n >= BigInt(count)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A transaction that holds the customer's row until `release` is called. */
async function holdCustomerRow(customerId: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked = () => {};
  const isLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const done = db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Customer" WHERE "id" = ${customerId}::uuid FOR UPDATE`;
      locked();
      await released;
    },
    { timeout: 60_000 },
  );
  await isLocked;
  return { release, done };
}

// PGlite has one connection: transactions there never overlap.
describe.skipIf(!process.env.DATABASE_URL)("erasure racing the retention job on PostgreSQL", () => {
  it("P24: an erasure and a retention run that both want one former customer both finish (no deadlock)", async () => {
    const actor = await admin();
    const { customerId } = await erasable();
    await db.customer.update({ where: { id: customerId }, data: { status: "ENDED" } });
    const later = new Date("2032-06-01T12:00:00Z");
    // The erasure queues for the customer's row first, then the retention run starts: it deletes the
    // customer's login and wants the row, while the erasure, once it has the row, wants the login.
    const holder = await holdCustomerRow(customerId);
    const erasure = eraseCustomer(customerId, actor, later);
    await lockWaiters(1);
    const retention = runRetention({ now: later });
    await lockWaiters(2);
    holder.release();
    await holder.done;
    const [erased, retained] = await Promise.allSettled([erasure, retention]);
    expect(erased).toEqual({ status: "fulfilled", value: { ok: true, alreadyErased: false } });
    expect(retained.status).toBe("fulfilled");
    expect(await db.customer.count({ where: { id: customerId } })).toBe(0);
  });

  it("P24: an erasure while a retention run is under way is refused with a reason, and nothing is touched", async () => {
    const actor = await admin();
    const { customerId, identity } = await erasable();
    // A run under way: what runRetention holds for its whole transaction.
    const during = await db.$transaction(async (tx) => {
      await keepErasuresOff(tx);
      return eraseCustomer(customerId, actor, NOW);
    });
    expect(during).toEqual({ ok: false, reason: "retention-running" });
    expect(await footprint(customerId)).toEqual({
      customer: { anonymisedAt: null, email: identity.email },
      requests: [],
      audits: 0,
    });
    expect(await eraseCustomer(customerId, actor, NOW)).toEqual({ ok: true, alreadyErased: false });
  });
});

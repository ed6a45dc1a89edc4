import { describe, expect, it } from "vitest";
import { transitionPrivacyRequest } from "@/features/privacy/server";
import { eraseCustomer } from "@/features/privacy/server/erasure";
import { carryOutErasure, recordErasureFinding } from "@/features/privacy/server/staff-erasure";
import { registerPrivacyRequest } from "@/features/privacy/server/staff-registration";
import { db } from "@/platform/db";
import { asText } from "../support/as-text";
import { createCustomerEverywhere } from "../support/customer-everywhere";
import { createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo, waitForMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();
const NOW = new Date("2026-03-10T12:00:00Z");

async function support() {
  const user = await createUser({ role: "SUPPORT" });
  return { userId: user.id, role: "SUPPORT" as const };
}

/** A former customer with data everywhere, not yet erased, whose contract has ended. */
async function formerCustomer(contractStatus: "ACTIVE" | "TERMINATED" = "TERMINATED") {
  const made = await createCustomerEverywhere({ contractStatus });
  const { customerNumber } = await db.customer.update({
    where: { id: made.customerId },
    data: { anonymisedAt: null, status: "ENDED" },
    select: { customerNumber: true },
  });
  return { ...made, customerNumber: String(customerNumber) };
}

const DETAILS = "Ber om at alt om meg slettes.";

describe("privacy requests registered by customer service (P28)", () => {
  it("P28: the deadline counts from the day the request was received, not the day it was registered", async () => {
    const staff = await support();
    const registered = await registerPrivacyRequest(
      staff,
      {
        requester: "none",
        type: "ACCESS",
        receivedOn: "2026-01-31",
        email: "noen@example.com",
        details: DETAILS,
      },
      { now: NOW, mail: sink.mail },
    );
    if (!registered.ok) throw new Error(registered.reason);
    const request = await db.privacyRequest.findUniqueOrThrow({
      where: { id: registered.requestId },
      select: {
        receivedAt: true,
        dueAt: true,
        customerId: true,
        events: { select: { kind: true, actorUserId: true } },
      },
    });
    // Received 31 January (Oslo): answered by the end of 28 February.
    expect(request.receivedAt.toISOString()).toBe("2026-01-30T23:00:00.000Z");
    expect(request.dueAt.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(request.customerId).toBeNull();
    expect(request.events).toEqual([{ kind: "received", actorUserId: staff.userId }]);
    expect(
      await db.auditLog.count({
        where: { action: "privacy-request.register", targetId: registered.requestId },
      }),
    ).toBe(1);
    const [receipt] = await readMailTo(sink.dir, "noen@example.com");
    expect(receipt && asText(receipt)).toContain("Vi mottok forespørselen");
  });

  it("refuses a received date in the future, an unknown customer number and a second open request of one type", async () => {
    const staff = await support();
    const base = { type: "ERASURE" as const, email: "x@example.com", details: DETAILS };
    expect(
      await registerPrivacyRequest(
        staff,
        { ...base, requester: "none", receivedOn: "2026-03-11" },
        { now: NOW },
      ),
    ).toEqual({ ok: false, reason: "received-in-future" });
    const verified = {
      requester: "customer" as const,
      identityVerification: "ID_DOCUMENT_IN_PERSON" as const,
    };
    expect(
      await registerPrivacyRequest(
        staff,
        { ...base, ...verified, customerNumber: "999999999", receivedOn: "2026-03-10" },
        { now: NOW },
      ),
    ).toEqual({ ok: false, reason: "no-such-customer" });
    const { customerNumber } = await formerCustomer();
    const first = await registerPrivacyRequest(
      staff,
      { ...base, ...verified, customerNumber, receivedOn: "2026-03-10" },
      { now: NOW, mail: sink.mail },
    );
    expect(first.ok).toBe(true);
    expect(
      await registerPrivacyRequest(
        staff,
        { ...base, ...verified, customerNumber, receivedOn: "2026-03-10" },
        { now: NOW, mail: sink.mail },
      ),
    ).toEqual({ ok: false, reason: "already-open", requestId: first.ok ? first.requestId : "" });
  });

  it("P28: an erasure request from someone who was never a customer goes from receipt to completion, with what was found deleted and mailed to them", async () => {
    const staff = await support();
    const email = "aldri.kunde@example.com";
    // They wrote to customer service earlier; that thread is all we hold about them.
    await db.inquiry.create({
      data: {
        requesterEmail: email,
        subject: "Pris?",
        messages: { create: { author: "CUSTOMER", body: "Hei" } },
      },
    });
    const registered = await registerPrivacyRequest(
      staff,
      { requester: "none", type: "ERASURE", receivedOn: "2026-03-09", email, details: DETAILS },
      { now: NOW, mail: sink.mail },
    );
    if (!registered.ok) throw new Error(registered.reason);
    // A customer's erasure is not what this is: the non-customer path records a finding instead.
    expect(await carryOutErasure(staff, { requestId: registered.requestId }, { now: NOW })).toEqual({
      ok: false,
      reason: "no-customer",
    });
    const started = new Date();
    expect(
      await recordErasureFinding(
        staff,
        { requestId: registered.requestId, note: "Ingen e-poster i innboksen." },
        { now: NOW, mail: sink.mail },
      ),
    ).toEqual({ ok: true });
    expect(await db.inquiry.count({ where: { requesterEmail: email } })).toBe(0);
    const request = await db.privacyRequest.findUniqueOrThrow({
      where: { id: registered.requestId },
      select: { status: true, completedAt: true, resolution: true, events: { select: { kind: true } } },
    });
    expect(request.status).toBe("COMPLETED");
    expect(request.completedAt).toEqual(NOW);
    expect(request.resolution).toContain("Vi har slettet 1 henvendelse til kundeservice.");
    expect(request.resolution).toContain("Ingen e-poster i innboksen.");
    expect(request.events.map((e) => e.kind)).toEqual(["received", "completed"]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.erasure.non-customer", targetId: registered.requestId },
    });
    expect(audit.metadata).toEqual({ inquiries: 1, applications: 0 });
    const mail = await waitForMailTo(sink.dir, email, { after: started, timeoutMs: 5000 });
    expect(asText(mail)).toContain("Vi har slettet 1 henvendelse");
    // Completed once: doing it again changes nothing.
    expect(
      await recordErasureFinding(staff, { requestId: registered.requestId, note: "" }, { now: NOW }),
    ).toEqual({
      ok: false,
      reason: "closed",
    });
  });

  it("P28: staff carry out a former customer's erasure request: that request is completed, the customer is anonymised, and the requester is mailed", async () => {
    const staff = await support();
    const { customerId, userId, identity, customerNumber } = await formerCustomer();
    const registered = await registerPrivacyRequest(
      staff,
      {
        requester: "customer",
        customerNumber,
        identityVerification: "REGISTERED_EMAIL_CONFIRMED",
        type: "ERASURE",
        receivedOn: "2026-03-02",
        email: identity.email,
        details: DETAILS,
      },
      { now: NOW, mail: sink.mail },
    );
    if (!registered.ok) throw new Error(registered.reason);
    const started = new Date();
    expect(
      await carryOutErasure(staff, { requestId: registered.requestId }, { now: NOW, mail: sink.mail }),
    ).toEqual({
      ok: true,
    });

    const erasures = await db.privacyRequest.findMany({
      where: { customerId, type: "ERASURE" },
      select: { id: true, status: true, completedAt: true, resolution: true, identityVerification: true },
    });
    // The registered request itself is completed: no second one is recorded.
    expect(erasures).toEqual([
      {
        id: registered.requestId,
        status: "COMPLETED",
        completedAt: NOW,
        resolution: expect.stringContaining("slettet eller anonymisert"),
        identityVerification: "REGISTERED_EMAIL_CONFIRMED",
      },
    ]);
    const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(customer).toMatchObject({
      firstName: "Slettet",
      lastName: "kunde",
      email: null,
      phone: null,
      nationalIdHash: null,
      anonymisedAt: NOW,
      searchName: "slettet kunde",
    });
    expect(await db.user.count({ where: { id: userId } })).toBe(0);
    expect(await db.inquiry.count({ where: { customerId } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.erasure.completed", subjectCustomerId: customerId },
    });
    expect(audit).toMatchObject({ actorUserId: staff.userId, actorRole: "SUPPORT" });
    expect(audit.metadata).toMatchObject({ requestId: registered.requestId });
    const events = await db.privacyRequestEvent.findMany({
      where: { requestId: registered.requestId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, actorUserId: true },
    });
    expect(events).toEqual([
      { kind: "received", actorUserId: staff.userId },
      { kind: "completed", actorUserId: staff.userId },
    ]);
    // The login is gone, so the answer goes by mail, to the address read before it was erased.
    const mail = await waitForMailTo(sink.dir, identity.email, { after: started, timeoutMs: 5000 });
    expect(asText(mail)).toContain("Forespørselen er fullført");
    expect(asText(mail)).not.toContain("/min-side/");
  });

  it("P24: an active contract blocks a staff-carried erasure, and an unverified identity is refused; nothing is touched", async () => {
    const staff = await support();
    const active = await formerCustomer("ACTIVE");
    const registered = await registerPrivacyRequest(
      staff,
      {
        requester: "customer",
        customerNumber: active.customerNumber,
        identityVerification: "ID_DOCUMENT_IN_PERSON",
        type: "ERASURE",
        receivedOn: "2026-03-10",
        email: active.identity.email,
        details: DETAILS,
      },
      { now: NOW, mail: sink.mail },
    );
    if (!registered.ok) throw new Error(registered.reason);
    expect(await carryOutErasure(staff, { requestId: registered.requestId }, { now: NOW })).toEqual({
      ok: false,
      reason: "active-contract",
    });
    expect(
      await db.privacyRequest.findUniqueOrThrow({
        where: { id: registered.requestId },
        select: { status: true },
      }),
    ).toEqual({ status: "RECEIVED" });
    expect((await db.customer.findUniqueOrThrow({ where: { id: active.customerId } })).email).toBe(
      active.identity.email,
    );
    // Nor can the request be marked done without the erasure, by a direct post of "Fullfør".
    expect(
      await transitionPrivacyRequest(
        staff,
        { requestId: registered.requestId, kind: "complete", reason: "Slettet." },
        { now: NOW, mail: sink.mail },
      ),
    ).toEqual({ ok: false, reason: "erasure-not-carried-out" });

    // A request on a customer with no record of how identity was verified is never acted on.
    const unverified = await formerCustomer();
    const request = await db.privacyRequest.create({
      data: {
        customerId: unverified.customerId,
        type: "ERASURE",
        dueAt: NOW,
        requesterEmail: "påstått@example.com",
      },
      select: { id: true },
    });
    expect(await carryOutErasure(staff, { requestId: request.id }, { now: NOW })).toEqual({
      ok: false,
      reason: "identity-not-verified",
    });
    expect(
      (await db.customer.findUniqueOrThrow({ where: { id: unverified.customerId } })).anonymisedAt,
    ).toBeNull();
  });

  it("P24: the customer's own erasure in the meantime answers the registered request; staff are told it is closed", async () => {
    const staff = await support();
    const { customerId, userId, identity, customerNumber } = await formerCustomer();
    const registered = await registerPrivacyRequest(
      staff,
      {
        requester: "customer",
        customerNumber,
        identityVerification: "LETTER_TO_REGISTERED_ADDRESS",
        type: "ERASURE",
        receivedOn: "2026-03-10",
        email: identity.email,
        details: DETAILS,
      },
      { now: NOW, mail: sink.mail },
    );
    if (!registered.ok) throw new Error(registered.reason);
    await eraseCustomer(customerId, { userId, role: "CUSTOMER" }, NOW);
    expect(
      await db.privacyRequest.findUniqueOrThrow({
        where: { id: registered.requestId },
        select: { status: true, completedAt: true, events: { select: { kind: true } } },
      }),
    ).toEqual({
      status: "COMPLETED",
      completedAt: NOW,
      events: [{ kind: "received" }, { kind: "completed" }],
    });
    expect(
      await carryOutErasure(staff, { requestId: registered.requestId }, { now: NOW, mail: sink.mail }),
    ).toEqual({ ok: false, reason: "closed" });
  });
});

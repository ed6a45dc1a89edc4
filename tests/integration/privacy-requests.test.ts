import { describe, expect, it } from "vitest";
import { listUnreadNotices } from "@/features/notices/server/notices";
import {
  getOwnPrivacyRequest,
  listOwnPrivacyRequests,
  submitPrivacyRequest,
  transitionPrivacyRequest,
} from "@/features/privacy/server";
import { db } from "@/platform/db";
import { createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();
const RECEIVED = new Date("2026-01-31T11:00:00Z");

async function customer() {
  const user = await createUser();
  if (!user.customerId) throw new Error("customer expected");
  const contact = await db.customer.findUniqueOrThrow({
    where: { id: user.customerId },
    select: { email: true },
  });
  return { userId: user.id, customerId: user.customerId, email: contact.email ?? "" };
}

async function staff(role: "SUPPORT" | "ADMIN" = "SUPPORT") {
  const user = await createUser({ role });
  return { userId: user.id, role };
}

function rectify(actor: { userId: string; customerId: string }, now = RECEIVED) {
  return submitPrivacyRequest(
    actor,
    { type: "RECTIFICATION", field: "name", details: "Etternavnet er stavet feil." },
    { now, mail: sink.mail },
  );
}

describe("privacy requests", () => {
  it("P28: a customer's request is received with a due date one calendar month later, Oslo time, and mailed", async () => {
    const actor = await customer();
    const submitted = await rectify(actor);
    expect(submitted).toMatchObject({ ok: true, existing: false });
    const request = await getOwnPrivacyRequest(actor.customerId, submitted.requestId);
    expect(request?.status).toBe("RECEIVED");
    // 31 January → the end of 28 February in Oslo.
    expect(request?.dueAt.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(request?.events.map((e) => e.kind)).toEqual(["received"]);
    const [mail] = await readMailTo(sink.dir, actor.email);
    expect(mail?.subject).toContain("retting");
    expect(mail?.text).toContain("28. februar 2026");
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: submitted.requestId } });
    expect(audit).toMatchObject({ action: "privacy-request.create", subjectCustomerId: actor.customerId });
  });

  it("shows the open request of the same type instead of making a second", async () => {
    const actor = await customer();
    const first = await rectify(actor);
    const second = await rectify(actor, new Date("2026-02-02T10:00:00Z"));
    expect(second).toEqual({ ok: true, requestId: first.requestId, existing: true });
    expect(await db.privacyRequest.count({ where: { customerId: actor.customerId } })).toBe(1);
  });

  it("P29: each request names the law that limits it, from the register", async () => {
    const actor = await customer();
    await rectify(actor);
    const [request] = await listOwnPrivacyRequests(actor.customerId);
    expect(request?.limitedBy).toContain("folkeregisterloven");
  });

  it("another customer's request id reads as nothing", async () => {
    const owner = await customer();
    const other = await customer();
    const { requestId } = await rectify(owner);
    expect(await getOwnPrivacyRequest(other.customerId, requestId)).toBeNull();
  });

  it("P28: staff move it on; each change is an event the requester sees, mailed as a link, and audited", async () => {
    const actor = await customer();
    const handler = await staff();
    const { requestId } = await rectify(actor);
    const at = (iso: string) => ({ now: new Date(iso), mail: sink.mail });

    expect(
      await transitionPrivacyRequest(handler, { requestId, kind: "start" }, at("2026-02-03T09:00:00Z")),
    ).toEqual({
      ok: true,
      status: "IN_PROGRESS",
    });
    const reason = "Vi venter på svar fra Folkeregisteret.";
    expect(
      await transitionPrivacyRequest(
        handler,
        { requestId, kind: "extend", reason },
        at("2026-02-20T09:00:00Z"),
      ),
    ).toEqual({ ok: true, status: "EXTENDED" });
    expect(
      await transitionPrivacyRequest(
        handler,
        { requestId, kind: "complete", reason: "Navnet er rettet." },
        at("2026-03-02T09:00:00Z"),
      ),
    ).toEqual({ ok: true, status: "COMPLETED" });

    const request = await getOwnPrivacyRequest(actor.customerId, requestId);
    expect(request?.events.map((e) => [e.kind, e.note])).toEqual([
      ["received", ""],
      ["in-progress", ""],
      ["extended", reason],
      ["completed", "Navnet er rettet."],
    ]);
    // Two further months at most: three calendar months after 31 January is the end of 30 April.
    expect(request?.extendedDueAt?.toISOString()).toBe("2026-04-30T22:00:00.000Z");
    const mails = await readMailTo(sink.dir, actor.email);
    // The reason is on the request's page; the mail links there and never quotes it.
    expect(mails.some((m) => m.text.includes(reason))).toBe(false);
    expect(mails.every((m) => m.text.includes(`/min-side/personvern/foresporsler/${requestId}`))).toBe(true);
    expect(mails.some((m) => m.subject.includes("fullført"))).toBe(true);
    const actions = await db.auditLog.findMany({
      where: { targetId: requestId },
      select: { action: true, actorUserId: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        "privacy-request.completed",
        "privacy-request.create",
        "privacy-request.extended",
        "privacy-request.in-progress",
      ].sort(),
    );
  });

  it("P28: each change is also an in-app notice on Min side, read once the customer opens the request", async () => {
    const actor = await customer();
    const { requestId } = await rectify(actor);
    await transitionPrivacyRequest(await staff(), { requestId, kind: "start" }, { mail: sink.mail });
    const href = `/min-side/personvern/foresporsler/${requestId}`;
    expect(await listUnreadNotices(actor.customerId)).toEqual([
      expect.objectContaining({
        href,
        text: "Nytt i personvernforespørselen din: Vi har begynt å behandle forespørselen.",
      }),
    ]);
    expect(await listUnreadNotices((await customer()).customerId)).toEqual([]);
    await getOwnPrivacyRequest(actor.customerId, requestId);
    expect(await listUnreadNotices(actor.customerId)).toEqual([]);
  });

  it("refuses an extension after the first month, a second extension, and any change to a closed request", async () => {
    const actor = await customer();
    const handler = await staff();
    const { requestId } = await rectify(actor);
    const reason = "Saken er omfattende.";
    // 1 March 00:00 Oslo is past the first month of a request received 31 January.
    expect(
      await transitionPrivacyRequest(
        handler,
        { requestId, kind: "extend", reason },
        { now: new Date("2026-02-28T23:00:00Z") },
      ),
    ).toEqual({ ok: false, reason: "extension-too-late" });
    expect(
      await transitionPrivacyRequest(
        handler,
        { requestId, kind: "extend", reason },
        { now: new Date("2026-02-28T22:59:00Z"), mail: sink.mail },
      ),
    ).toMatchObject({ ok: true });
    expect(
      await transitionPrivacyRequest(
        handler,
        { requestId, kind: "extend", reason },
        { now: new Date("2026-02-28T22:59:30Z") },
      ),
    ).toEqual({ ok: false, reason: "already-extended" });
    await transitionPrivacyRequest(
      handler,
      { requestId, kind: "reject", reason: "Navnet er riktig i Folkeregisteret." },
      { mail: sink.mail },
    );
    expect(await transitionPrivacyRequest(handler, { requestId, kind: "start" })).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(
      await transitionPrivacyRequest(handler, {
        requestId: "00000000-0000-7000-8000-000000000000",
        kind: "start",
      }),
    ).toEqual({ ok: false, reason: "not-found" });
  });

  it("allows a request from someone who is not a customer, answered at the email it gave", async () => {
    const request = await db.privacyRequest.create({
      data: {
        type: "AUTOMATED_DECISION_REVIEW",
        requesterEmail: "soker@example.com",
        dueAt: new Date("2026-03-01T00:00:00Z"),
      },
      select: { id: true, customerId: true },
    });
    expect(request.customerId).toBeNull();
    const handler = await staff();
    await transitionPrivacyRequest(handler, { requestId: request.id, kind: "start" }, { mail: sink.mail });
    const [mail] = await readMailTo(sink.dir, "soker@example.com");
    expect(mail?.subject).toContain("under behandling");
    expect(mail?.text).not.toContain("/min-side/");
  });
});

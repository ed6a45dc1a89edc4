import { describe, expect, it } from "vitest";
import { viewCustomer } from "@/features/customers/server/customer-view";
import { deadlineText } from "@/features/privacy/domain/request-deadline";
import {
  getOwnPrivacyRequest,
  submitPrivacyRequest,
  transitionPrivacyRequest,
} from "@/features/privacy/server";
import { liftRestriction, listPrivacyCases, viewPrivacyCase } from "@/features/privacy/server/cases";
import { setPrivacyChoice } from "@/features/privacy/server/self-service";
import { db } from "@/platform/db";
import { createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";

const sink = localMailSinkForFile();

async function customer() {
  const user = await createUser();
  return { userId: user.id, customerId: user.customerId as string, email: user.email };
}

describe("the staff queue of privacy requests", () => {
  it("P28: lists open requests by due date first, marks the overdue, and filters by type and status", async () => {
    const a = await customer();
    const b = await customer();
    const late = await submitPrivacyRequest(
      a,
      { type: "RECTIFICATION", field: "name", details: "Feil navn." },
      { now: new Date("2026-01-05T10:00:00Z"), mail: sink.mail },
    );
    const soon = await submitPrivacyRequest(
      b,
      { type: "AUTOMATED_DECISION_REVIEW", details: "" },
      { now: new Date("2026-02-20T10:00:00Z"), mail: sink.mail },
    );
    const now = new Date("2026-03-01T12:00:00Z");
    const staff = await createUser({ role: "SUPPORT" });
    const actor = { userId: staff.id, role: "SUPPORT" as const };
    const all = await listPrivacyCases(actor, {}, now);
    const mine = all.filter((c) => [late.requestId, soon.requestId].includes(c.id));
    expect(mine.map((c) => [c.id, c.overdue])).toEqual([
      [late.requestId, true],
      [soon.requestId, false],
    ]);
    expect(
      (await listPrivacyCases(actor, { type: "RECTIFICATION" }, now)).every(
        (c) => c.type === "RECTIFICATION",
      ),
    ).toBe(true);
    expect(
      (await listPrivacyCases(actor, { status: "COMPLETED" }, now)).some((c) => c.id === late.requestId),
    ).toBe(false);
    // The list shows each requester's customer number: a look at each customer, with the reason.
    const listed = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy-request.list", subjectCustomerId: a.customerId, actorUserId: staff.id },
    });
    expect(listed.metadata).toMatchObject({ reason: "privacy-request" });
  });

  it("P28: the customer card and the queue give the same deadline, the extended one once extended, as a day", async () => {
    const actor = await customer();
    const staff = await createUser({ role: "SUPPORT" });
    const support = { userId: staff.id, role: "SUPPORT" as const };
    const { requestId } = await submitPrivacyRequest(
      actor,
      { type: "RECTIFICATION", field: "address", details: "Flyttet." },
      { now: new Date("2026-12-07T10:00:00Z"), mail: sink.mail },
    );
    await transitionPrivacyRequest(
      support,
      { requestId, kind: "extend", reason: "Vi venter på Folkeregisteret." },
      { now: new Date("2026-12-08T10:00:00Z"), mail: sink.mail },
    );
    const card = await viewCustomer(support, actor.customerId, "privacy-request");
    const queued = (await listPrivacyCases(support, {})).find((c) => c.id === requestId);
    const shown = card?.privacyRequests.find((r) => r.id === requestId);
    expect(shown && deadlineText(shown.dueAt)).toBe("7. mars 2027");
    expect(queued && deadlineText(queued.dueAt)).toBe("7. mars 2027");
  });

  it("P20: viewing a case is audited as a look at the customer's data", async () => {
    const actor = await customer();
    const staff = await createUser({ role: "SUPPORT" });
    const { requestId } = await submitPrivacyRequest(
      actor,
      {
        type: "RECTIFICATION",
        field: "address",
        details: "Flyttet.",
      },
      { mail: sink.mail },
    );
    await viewPrivacyCase({ userId: staff.id, role: "SUPPORT" }, requestId);
    const views = await db.auditLog.findMany({
      where: { action: "privacy-request.view", subjectCustomerId: actor.customerId, actorUserId: staff.id },
    });
    expect(views).toHaveLength(1);
    expect(views[0]?.metadata).toMatchObject({
      reason: "privacy-request",
      shown: expect.arrayContaining(["name"]),
    });
  });

  it("P25: staff lift a restriction with a reason the customer sees on the timeline; lifting twice is refused", async () => {
    const actor = await customer();
    const staff = await createUser({ role: "ADMIN" });
    await setPrivacyChoice(actor, "restriction", true);
    const request = await db.privacyRequest.findFirstOrThrow({
      where: { customerId: actor.customerId, type: "RESTRICTION" },
    });
    const reason = "Vi har kontrollert at opplysningene er riktige.";
    const admin = { userId: staff.id, role: "ADMIN" as const };
    expect(await liftRestriction(admin, { requestId: request.id, reason }, { mail: sink.mail })).toEqual({
      ok: true,
    });
    expect(
      (await db.customer.findUniqueOrThrow({ where: { id: actor.customerId } })).restrictedAt,
    ).toBeNull();
    const own = await getOwnPrivacyRequest(actor.customerId, request.id);
    expect(own?.events.at(-1)).toMatchObject({ kind: "restriction-lifted", note: reason });
    expect(await liftRestriction(admin, { requestId: request.id, reason }, { mail: sink.mail })).toEqual({
      ok: false,
      reason: "not-restricted",
    });
    expect(
      await db.auditLog.count({
        where: { action: "privacy.restriction.lifted", subjectCustomerId: actor.customerId },
      }),
    ).toBe(1);
  });
});

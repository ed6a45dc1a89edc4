import { describe, expect, it } from "vitest";
import { SUGGESTED_ANSWERS } from "@/features/privacy/domain/rectification";
import { getOwnPrivacyRequest, submitPrivacyRequest } from "@/features/privacy/server";
import { checkAgainstRegister, resolveRectification } from "@/features/privacy/server/rectification";
import { runRetention } from "@/features/privacy/server/retention";
import { listStaffViews } from "@/features/privacy/server/staff-views";
import { encryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import {
  createCompletedApplication,
  createContract,
  createMeteringPoint,
  createUser,
} from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";
import { KARI_NATIONAL_ID } from "../support/movers";
import { localSimulatorForFile } from "../support/simulator";

const sink = localMailSinkForFile();
const sim = localSimulatorForFile();

/** A customer Folkeregisteret (the simulator) knows: demo Kari, at Kirkeveien 64B, 0364 Oslo. */
async function kari(options: { creditChecked?: boolean } = {}) {
  const user = await createUser();
  const customerId = user.customerId as string;
  await db.customer.update({
    where: { id: customerId },
    data: {
      firstName: "Kari",
      lastName: "Nordman",
      nationalIdCiphertext: encryptNationalId(KARI_NATIONAL_ID),
    },
  });
  if (options.creditChecked) await createCompletedApplication(customerId);
  return { userId: user.id, customerId, email: user.email };
}

async function rectification(actor: { userId: string; customerId: string }, field: "name" | "address") {
  const { requestId } = await submitPrivacyRequest(
    actor,
    { type: "RECTIFICATION", field, details: "Det er feil." },
    { mail: sink.mail },
  );
  return requestId;
}

async function support() {
  const staff = await createUser({ role: "SUPPORT" });
  return { userId: staff.id, role: "SUPPORT" as const };
}

const KARI_ADDRESS = { street: "Kirkeveien 64B", postalCode: "0364", city: "Oslo" };

describe("rectification of a name or address", () => {
  it("P23: staff see what Folkeregisteret says about the field; the look is audited and changes nothing", async () => {
    const actor = await kari();
    const staff = await support();
    const address = await rectification(actor, "address");
    // One open rectification per customer: the name is another's.
    const other = await kari();
    const name = await rectification(other, "name");
    const options = { registries: sim.registries };
    expect(await checkAgainstRegister(staff, address, options)).toEqual({
      ok: true,
      registered: { field: "address", ...KARI_ADDRESS },
    });
    expect(await checkAgainstRegister(staff, name, options)).toEqual({
      ok: true,
      registered: { field: "name", firstName: "Kari", lastName: "Nordmann" },
    });
    sim.fault("folkeregister", "500", 3);
    expect(await checkAgainstRegister(staff, address, options)).toEqual({
      ok: false,
      reason: "register-unavailable",
    });
    const looks = await db.auditLog.findMany({
      where: { action: "privacy-request.register-check", subjectCustomerId: actor.customerId },
      orderBy: { id: "asc" },
      select: { actorUserId: true, metadata: true },
    });
    expect(looks.map((look) => look.metadata)).toEqual([
      { reason: "privacy-request", shown: ["folkeregister.address"], outcome: "found" },
      { reason: "privacy-request", shown: ["folkeregister.address"], outcome: "unavailable" },
    ]);
    expect((await listStaffViews(actor.customerId)).map((view) => view.action)).toContain(
      "Slo opp navnet eller adressen din i Folkeregisteret for å rette den",
    );
    expect(
      await db.customer.findUniqueOrThrow({ where: { id: actor.customerId }, select: { street: true } }),
    ).toEqual({ street: "Testveien 1" });
  });

  it("P23: a correction said to be Folkeregisteret's is checked against it again, and recorded as from the register", async () => {
    const actor = await kari();
    const staff = await support();
    const requestId = await rectification(actor, "address");
    const input = {
      requestId,
      field: "address" as const,
      source: "register" as const,
      reason: SUGGESTED_ANSWERS.register,
      confirm: "ja" as const,
    };
    const options = { registries: sim.registries, mail: sink.mail };
    expect(
      await resolveRectification(staff, { ...input, ...KARI_ADDRESS, street: "Kirkeveien 46B" }, options),
    ).toEqual({ ok: false, reason: "register-differs" });
    expect(await resolveRectification(staff, { ...input, ...KARI_ADDRESS, city: "OSLO" }, options)).toEqual({
      ok: true,
    });
    const customer = await db.customer.findUniqueOrThrow({
      where: { id: actor.customerId },
      select: { street: true, postalCode: true, fieldSources: true },
    });
    expect(customer).toMatchObject({ street: "Kirkeveien 64B", postalCode: "0364" });
    expect(customer.fieldSources).toMatchObject({
      street: "REGISTER",
      postalCode: "REGISTER",
      city: "REGISTER",
    });
  });

  it("P23: a correction as the customer asked is recorded as from the customer, and its suggested answer claims no register check", async () => {
    expect(SUGGESTED_ANSWERS.customer).not.toMatch(/Folkeregisteret/);
    const actor = await kari();
    const staff = await support();
    const requestId = await rectification(actor, "name");
    const reason = SUGGESTED_ANSWERS.customer;
    const input = { requestId, source: "customer" as const, reason, confirm: "ja" as const };
    expect(
      await resolveRectification(staff, {
        ...input,
        field: "address",
        street: "X 1",
        postalCode: "0150",
        city: "Oslo",
      }),
    ).toEqual({ ok: false, reason: "not-rectification" });
    expect(
      await resolveRectification(
        staff,
        { ...input, field: "name", firstName: "Kari", lastName: "Nordkvinne" },
        { mail: sink.mail },
      ),
    ).toEqual({ ok: true });
    const customer = await db.customer.findUniqueOrThrow({
      where: { id: actor.customerId },
      select: { firstName: true, lastName: true, fieldSources: true },
    });
    expect(customer).toMatchObject({ firstName: "Kari", lastName: "Nordkvinne" });
    expect(customer.fieldSources).toMatchObject({ firstName: "PERSON", lastName: "PERSON" });
    const request = await getOwnPrivacyRequest(actor.customerId, requestId);
    expect(request?.status).toBe("COMPLETED");
    expect(request?.events.at(-1)).toMatchObject({ kind: "completed", note: reason });
    // The mail links to the request and never quotes the answer or the corrected name.
    const [mail] = await readMailTo(sink.dir, actor.email);
    expect(mail?.text).toContain(`/min-side/personvern/foresporsler/${requestId}`);
    expect(mail?.text).not.toContain("Nordkvinne");
    expect(
      await resolveRectification(staff, { ...input, field: "name", firstName: "A", lastName: "B" }),
    ).toEqual({ ok: false, reason: "closed" });
  });

  it("P23: the recipients of the old value are told (Art. 19): Elhub, and Experian only after a credit check", async () => {
    const staff = await support();
    for (const [creditChecked, told] of [
      [false, ["elhub"]],
      [true, ["elhub", "experian"]],
    ] as const) {
      const actor = await kari({ creditChecked });
      const requestId = await rectification(actor, "name");
      expect(
        await resolveRectification(
          staff,
          {
            requestId,
            source: "customer",
            reason: SUGGESTED_ANSWERS.customer,
            confirm: "ja",
            field: "name",
            firstName: "Kari",
            lastName: "Nordmann",
          },
          { mail: sink.mail },
        ),
      ).toEqual({ ok: true });
      const request = await getOwnPrivacyRequest(actor.customerId, requestId);
      const event = request?.events.find((e) => e.kind === "recipients-told");
      expect(event?.note).toContain("Elhub AS");
      expect(event?.note.includes("Experian AS")).toBe(creditChecked);
      const audit = await db.auditLog.findFirstOrThrow({
        where: { action: "privacy-request.rectified.name", subjectCustomerId: actor.customerId },
      });
      expect(audit.metadata).toMatchObject({ requestId, source: "customer", recipientsTold: told });
    }
  });

  it("P21, P23: a former customer anonymised by retention has their open request closed, and no correction writes a name back", async () => {
    const actor = await kari();
    const staff = await support();
    const requestId = await rectification(actor, "name");
    const endedAt = new Date(Date.now() - 120 * 24 * 3_600_000);
    await db.customer.update({ where: { id: actor.customerId }, data: { status: "ENDED", endedAt } });
    // The contract the bookkeeping law keeps: the anonymised customer row stays with it.
    const point = await createMeteringPoint(actor.customerId);
    await createContract(actor.customerId, point.id, { status: "TERMINATED", endDate: endedAt });

    await runRetention();
    const request = await db.privacyRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { status: true, events: { orderBy: { createdAt: "desc" }, take: 1, select: { kind: true } } },
    });
    expect(request).toEqual({ status: "WITHDRAWN", events: [{ kind: "withdrawn" }] });

    // A form left open before the run, posted after it.
    await db.privacyRequest.update({ where: { id: requestId }, data: { status: "RECEIVED" } });
    const input = { requestId, source: "customer" as const, reason: SUGGESTED_ANSWERS.customer };
    expect(
      await resolveRectification(staff, {
        ...input,
        confirm: "ja",
        field: "name",
        firstName: "Kari",
        lastName: "Nordkvinne",
      }),
    ).toEqual({ ok: false, reason: "no-customer" });
    const customer = await db.customer.findUniqueOrThrow({
      where: { id: actor.customerId },
      select: { firstName: true, lastName: true },
    });
    expect(customer).toEqual({ firstName: "Slettet", lastName: "kunde" });
  });
});

import { describe, expect, it } from "vitest";
import { CONSENT_POLICY_VERSION } from "@/features/consent/domain/consent-limits";
import { recordConsentChoice } from "@/features/consent/server/consent";
import { issueConsentFormToken } from "@/features/consent/server/consent-form-token";
import { ZPhoneUpdate } from "@/features/privacy/domain/self-service";
import { listOwnPrivacyRequests } from "@/features/privacy/server";
import { getPrivacyChoices, setPrivacyChoice, updatePhone } from "@/features/privacy/server/self-service";
import { db } from "@/platform/db";
import { createCompletedApplication, createUser } from "../support/factories";

const NOW = new Date("2026-11-25T12:00:00Z");

async function customer() {
  const user = await createUser();
  return { userId: user.id, customerId: user.customerId as string, email: user.email };
}

let ip = 0;
function acceptAllSignedIn(actor: { userId: string; customerId: string }) {
  return recordConsentChoice({
    post: {
      choice: "accept-all",
      source: "settings",
      version: CONSENT_POLICY_VERSION,
      token: issueConsentFormToken(null, NOW),
    },
    previous: null,
    visitor: actor,
    clientIp: `198.51.100.${++ip}`,
    now: NOW,
  });
}

describe("restriction and objection", () => {
  it("P25: a restriction stops statistics and marketing for the customer until lifted", async () => {
    const actor = await customer();
    expect(await setPrivacyChoice(actor, "restriction", true, NOW)).toEqual({ ok: true, changed: true });
    const restricted = await acceptAllSignedIn(actor);
    expect(restricted.ok && restricted.consent).toMatchObject({ statistics: false, marketing: false });

    expect(await setPrivacyChoice(actor, "restriction", false, NOW)).toEqual({ ok: true, changed: true });
    const lifted = await acceptAllSignedIn(actor);
    expect(lifted.ok && lifted.consent).toMatchObject({ statistics: true, marketing: true });
  });

  it("P27: an objection to direct marketing takes effect at once and is absolute", async () => {
    const actor = await customer();
    await setPrivacyChoice(actor, "marketing", true, NOW);
    const result = await acceptAllSignedIn(actor);
    expect(result.ok && result.consent).toMatchObject({ statistics: true, marketing: false });
    const [request] = await listOwnPrivacyRequests(actor.customerId);
    expect(request).toMatchObject({ type: "OBJECTION", status: "COMPLETED" });
    expect(request?.limitedBy).toContain("artikkel 21");
  });

  it("setting a choice twice is harmless and records it once", async () => {
    const actor = await customer();
    await setPrivacyChoice(actor, "profiling", true, NOW);
    expect(await setPrivacyChoice(actor, "profiling", true, NOW)).toEqual({ ok: true, changed: false });
    expect(await db.privacyRequest.count({ where: { customerId: actor.customerId } })).toBe(1);
    expect(
      await db.auditLog.count({
        where: { subjectCustomerId: actor.customerId, action: "privacy.profiling.set" },
      }),
    ).toBe(1);
  });

  it("P25: two submits at the same moment record one restriction", async () => {
    const actor = await customer();
    const both = await Promise.all([
      setPrivacyChoice(actor, "restriction", true, NOW),
      setPrivacyChoice(actor, "restriction", true, NOW),
    ]);
    expect(both.filter((r) => r.changed)).toHaveLength(1);
    expect(
      await db.privacyRequest.count({ where: { customerId: actor.customerId, type: "RESTRICTION" } }),
    ).toBe(1);
  });
});

describe("automated decisions", () => {
  it("P27: only a customer whose credit check was decided automatically is told it was", async () => {
    const automated = await customer();
    await createCompletedApplication(automated.customerId, { creditAutomated: true });
    const byPerson = await customer();
    await createCompletedApplication(byPerson.customerId, { creditAutomated: false });
    const withoutApplication = await customer();
    expect((await getPrivacyChoices(automated.customerId))?.automatedCreditDecision).toBe(true);
    expect((await getPrivacyChoices(byPerson.customerId))?.automatedCreditDecision).toBe(false);
    expect((await getPrivacyChoices(withoutApplication.customerId))?.automatedCreditDecision).toBe(false);
  });
});

describe("contact details", () => {
  it("P23: the phone number is changed directly, and audited", async () => {
    const actor = await customer();
    await updatePhone(actor, ZPhoneUpdate.parse({ phone: "912 34 567" }));
    expect(
      await db.customer.findUniqueOrThrow({ where: { id: actor.customerId }, select: { phone: true } }),
    ).toEqual({
      // Written as onboarding writes a mobile number.
      phone: "+4791234567",
    });
    expect(
      await db.auditLog.count({
        where: { action: "contact.phone.updated", subjectCustomerId: actor.customerId },
      }),
    ).toBe(1);
  });
});

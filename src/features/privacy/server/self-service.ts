import "server-only";
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
// Rights the customer exercises at once on Min side: the phone number (Art. 16; the email, which is
// also the login, takes a mailed code: email-change.ts), restriction (Art. 18) and objection
// (Art. 21). Each change is audited in its own transaction, and setting a restriction or objection
// is recorded as a completed request, so the customer's timeline shows it.
import { OBJECTION_NAMES, type ObjectionKind, type TPhoneUpdate } from "../domain/self-service";
import type { CustomerActor } from "./actors";
import { recordCompletedRequest } from "./completed-request";

export interface PrivacyChoices {
  restrictedAt: Date | null;
  marketingObjectedAt: Date | null;
  profilingObjectedAt: Date | null;
  /** The credit check when they became a customer was decided by the rules alone (Art. 22). */
  automatedCreditDecision: boolean;
}

export async function getPrivacyChoices(customerId: string): Promise<PrivacyChoices | null> {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      restrictedAt: true,
      marketingObjectedAt: true,
      profilingObjectedAt: true,
      onboarding: { select: { creditAutomated: true } },
    },
  });
  if (!customer) return null;
  const { onboarding, ...choices } = customer;
  return { ...choices, automatedCreditDecision: onboarding?.creditAutomated === true };
}

const FLAG_COLUMN = {
  restriction: "restrictedAt",
  marketing: "marketingObjectedAt",
  profiling: "profilingObjectedAt",
} as const;

const RECORDS = {
  restriction: {
    type: "RESTRICTION",
    details: "Begrens behandlingen av opplysningene mine.",
    resolution:
      "Begrensningen gjelder fra nå: vi bruker ikke opplysningene dine til markedsføring, profilering eller statistikk før du opphever den.",
  },
  marketing: {
    type: "OBJECTION",
    details: `Protest mot ${OBJECTION_NAMES.marketing}.`,
    resolution: "Protesten gjelder fra nå. Vi bruker ikke opplysningene dine til direkte markedsføring.",
  },
  profiling: {
    type: "OBJECTION",
    details: `Protest mot ${OBJECTION_NAMES.profiling}.`,
    resolution:
      "Protesten gjelder fra nå. Vi lager ingen profil av deg ut fra forbruket eller bruken av tjenestene.",
  },
} as const;

/**
 * Turns a restriction or an objection on or off. Turning on takes effect at once and is recorded as
 * a completed request; turning off is the customer's own lifting of it. Repeating either is harmless.
 */
export async function setPrivacyChoice(
  actor: CustomerActor,
  choice: "restriction" | ObjectionKind,
  on: boolean,
  now = new Date(),
): Promise<{ ok: true; changed: boolean }> {
  const column = FLAG_COLUMN[choice];
  return db.$transaction(async (tx) => {
    // One statement decides and changes, so two submits at once record one change, not two.
    const { count } = await tx.customer.updateMany({
      where: { id: actor.customerId, [column]: on ? null : { not: null } },
      data: { [column]: on ? now : null },
    });
    if (count === 0) return { ok: true as const, changed: false };
    const requestId = on ? await recordCompletedRequest(tx, actor, RECORDS[choice], now) : null;
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "CUSTOMER",
      action: `privacy.${choice}.${on ? "set" : "lifted"}`,
      subjectCustomerId: actor.customerId,
      targetType: "Customer",
      targetId: actor.customerId,
      metadata: { requestId },
    });
    return { ok: true as const, changed: true };
  });
}

export async function updatePhone(actor: CustomerActor, input: TPhoneUpdate): Promise<{ ok: true }> {
  await db.$transaction(async (tx) => {
    await tx.customer.update({
      where: { id: actor.customerId },
      data: { phone: input.phone },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "CUSTOMER",
      action: "contact.phone.updated",
      subjectCustomerId: actor.customerId,
      targetType: "Customer",
      targetId: actor.customerId,
    });
  });
  return { ok: true };
}

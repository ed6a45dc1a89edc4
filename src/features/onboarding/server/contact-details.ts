import "server-only";
// Step 3 of "Bli kunde", after the identity check: how to reach the person and where they want
// electricity. The email becomes the login only once the person has typed the code sent there
// (confirm-email.ts); until then they may change what they gave.
import { issueEmailCode } from "@/features/email-verification/server";
import { db } from "@/platform/db";
import type { RegisteredAddress } from "@/platform/registries/folkeregister/folkeregister";
import type { TContactDetails } from "../domain/application-form";
import { move, withApplication } from "./application-state";
import type { FieldSource, FieldSources, OnboardingOptions } from "./step-types";

export type ContactResult =
  | { ok: true }
  | { ok: false; reason: "stale" | "email-taken" | "throttled" | "not-sent" };

/** Whether the address given is the one Folkeregisteret has (then recorded as from the register, P6). */
function sourceOfAddress(input: TContactDetails, registered: RegisteredAddress | null): FieldSource {
  const same =
    registered !== null &&
    registered.street.toLowerCase() === input.street.toLowerCase() &&
    registered.postalCode === input.postalCode;
  return same ? "REGISTER" : "PERSON";
}

export async function saveContactDetails(
  applicationId: string,
  input: TContactDetails,
  options: OnboardingOptions = {},
): Promise<ContactResult> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (app?.status !== "IDENTITY_VERIFIED" || app.emailVerifiedAt !== null)
    return { ok: false, reason: "stale" };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, reason: "email-taken" };
  }
  const address = sourceOfAddress(input, app.registeredAddress as RegisteredAddress | null);
  const sources: FieldSources = {
    ...(app.fieldSources as FieldSources),
    email: "PERSON",
    phone: "PERSON",
    street: address,
    postalCode: address,
    city: address,
  };
  const moved = await move(
    db,
    app.id,
    "IDENTITY_VERIFIED",
    "identity-verified",
    { ...input, fieldSources: sources, emailVerifiedAt: null },
    now,
  );
  if (!moved) return { ok: false, reason: "stale" };
  // Not sent (throttled, the mail server down): the details are kept, and "Send ny kode" tries again.
  const sent = await issueEmailCode(
    { purpose: "onboarding", subjectId: app.id, email: input.email, now },
    { mail: options.mail },
  );
  return sent.ok ? { ok: true } : sent;
}

/** "Endre e-post eller adresse": back to the contact step, while the email is not yet confirmed. */
export async function editContactDetails(
  applicationId: string,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "stale" }> {
  const app = await withApplication(applicationId);
  if (app?.status !== "IDENTITY_VERIFIED" || app.emailVerifiedAt !== null)
    return { ok: false, reason: "stale" };
  const moved = await move(db, app.id, "IDENTITY_VERIFIED", "identity-verified", { email: null }, now);
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

import "server-only";
// Step 1 of "Bli kunde": the person's details and consents become an application, and the identity
// check (step 2) runs at once. The national ID is stored encrypted, with a blind index to find an
// existing customer by.
import { writeAudit } from "@/features/audit/server";
import { throttleKeyForAddress } from "@/features/sign-in/server";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { hitRateLimit } from "@/platform/rate-limit";
import { HOUR_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import { ageFromNationalId } from "../domain/age";
import type { TApplicant } from "../domain/application-form";
import { APPLICATIONS_PER_ADDRESS_PER_HOUR } from "../domain/limits";
import { anonymous, ONBOARDING_TERMS_VERSION } from "./application-audit";
import { expiryFrom } from "./application-state";
import type { FieldSource, OnboardingOptions } from "./step-types";
import { verifyIdentity } from "./verify-identity";

export type StartResult =
  | { ok: true; resumeToken: string }
  | { ok: false; reason: "minor" | "already-customer" | "too-many" };

export async function startApplication(
  input: TApplicant,
  options: OnboardingOptions = {},
): Promise<StartResult> {
  const now = options.now ?? new Date();
  if (options.ip !== undefined) {
    const rule = { limit: APPLICATIONS_PER_ADDRESS_PER_HOUR, windowMs: HOUR_MS };
    // Counted before anything else: nobody learns from this form, at speed, who is a customer.
    if (!(await hitRateLimit("onboarding-ip", throttleKeyForAddress(options.ip), rule, now)).allowed) {
      return { ok: false, reason: "too-many" };
    }
  }
  if (ageFromNationalId(input.nationalId, osloDate(now)).kind === "minor")
    return { ok: false, reason: "minor" };
  const nationalIdHash = nationalIdBlindIndex(input.nationalId);
  if (await db.customer.findUnique({ where: { nationalIdHash }, select: { id: true } })) {
    return { ok: false, reason: "already-customer" };
  }
  const resumeToken = newLinkToken();
  const applicationId = await createApplication(input, { resumeToken, nationalIdHash, now });
  await verifyIdentity(applicationId, options);
  return { ok: true, resumeToken };
}

/** The application as the person typed it, with the consents they gave recorded in the audit log. */
async function createApplication(
  input: TApplicant,
  { resumeToken, nationalIdHash, now }: { resumeToken: string; nationalIdHash: string; now: Date },
): Promise<string> {
  const person: FieldSource = "PERSON";
  return db.$transaction(async (tx) => {
    const created = await tx.onboardingApplication.create({
      data: {
        resumeTokenHash: hashLinkToken(resumeToken),
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        street: input.street,
        postalCode: input.postalCode,
        city: input.city,
        nationalIdCiphertext: encryptNationalId(input.nationalId),
        nationalIdHash,
        fieldSources: {
          firstName: person,
          lastName: person,
          email: person,
          phone: person,
          street: person,
          postalCode: person,
          city: person,
          nationalId: person,
        },
        consentedAt: now,
        expiresAt: expiryFrom(now),
      },
      select: { id: true },
    });
    await writeAudit(
      tx,
      anonymous(created.id, "onboarding.start", {
        termsVersion: ONBOARDING_TERMS_VERSION,
        consentFolkeregister: true,
        consentElhub: true,
        consentExperian: true,
      }),
    );
    return created.id;
  });
}

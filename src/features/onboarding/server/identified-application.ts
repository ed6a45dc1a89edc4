import "server-only";
// Step 1 of "Bli kunde", once the person has proven who they are (BankID, or the code in a letter
// sent to their address in Folkeregisteret): their application, new or resumed, and the identity
// check in Folkeregisteret (step 2) at once. Nothing about a person is looked up before this point.
// The national ID comes from the proof, never from a form; it is stored encrypted with a blind index.
import { writeAudit } from "@/features/audit/server";
import { throttleKeyForAddress } from "@/features/sign-in/server";
import type { IdentityMethod } from "@/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { hitRateLimit } from "@/platform/rate-limit";
import { HOUR_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import { ageFromNationalId } from "../domain/age";
import { APPLICATIONS_PER_ADDRESS_PER_HOUR } from "../domain/limits";
import { anonymous, ONBOARDING_TERMS_VERSION } from "./application-audit";
import { expiryFrom } from "./application-state";
import type { FieldSource, OnboardingOptions } from "./step-types";
import { verifyIdentity } from "./verify-identity";

export type IdentifiedStart =
  | { kind: "application"; resumeToken: string }
  | { kind: "customer" }
  | { kind: "minor" }
  | { kind: "too-many" };

export interface IdentifiedPersonInput {
  nationalId: string;
  /** The name the proof carries (BankID's, or as typed for the letter): only Folkeregisteret's search key. */
  searchName: { firstName: string; lastName: string };
  method: IdentityMethod;
  /** When the person ticked the consents to the look-ups and the terms, before proving who they are. */
  consentedAt: Date;
}

/** Applications that can still go on (a declined one can still get a person's review). */
const OPEN = ["DRAFT", "IDENTITY_VERIFIED", "METERING_POINT_CHOSEN", "CREDIT_DECIDED", "DECLINED"] as const;

export async function beginIdentifiedApplication(
  person: IdentifiedPersonInput,
  options: OnboardingOptions = {},
): Promise<IdentifiedStart> {
  const now = options.now ?? new Date();
  if (options.ip !== undefined) {
    const rule = { limit: APPLICATIONS_PER_ADDRESS_PER_HOUR, windowMs: HOUR_MS };
    if (!(await hitRateLimit("onboarding-ip", throttleKeyForAddress(options.ip), rule, now)).allowed) {
      return { kind: "too-many" };
    }
  }
  if (ageFromNationalId(person.nationalId, osloDate(now)).kind === "minor") return { kind: "minor" };
  const nationalIdHash = nationalIdBlindIndex(person.nationalId);
  if (await db.customer.findUnique({ where: { nationalIdHash }, select: { id: true } })) {
    return { kind: "customer" };
  }
  const resumeToken = newLinkToken();
  const resumed = await resumeOpenApplication(nationalIdHash, person.method, resumeToken, now);
  if (resumed) return { kind: "application", resumeToken };
  const applicationId = await createApplication(person, { resumeToken, nationalIdHash, now });
  await verifyIdentity(applicationId, options);
  return { kind: "application", resumeToken };
}

/**
 * The person's own open application, from any browser: proven again, it moves to this one (a new
 * resume token, so the old browser's cookie no longer opens it).
 */
async function resumeOpenApplication(
  nationalIdHash: string,
  method: IdentityMethod,
  resumeToken: string,
  now: Date,
): Promise<boolean> {
  const open = await db.onboardingApplication.findFirst({
    where: { nationalIdHash, status: { in: [...OPEN] }, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!open) return false;
  await db.$transaction(async (tx) => {
    await tx.onboardingApplication.update({
      where: { id: open.id },
      data: { resumeTokenHash: hashLinkToken(resumeToken), expiresAt: expiryFrom(now) },
      select: { id: true },
    });
    await writeAudit(tx, anonymous(open.id, "onboarding.resume", { identifiedBy: method }));
  });
  return true;
}

/** The application of an identified person, with the consents they gave recorded in the audit log. */
async function createApplication(
  person: IdentifiedPersonInput,
  { resumeToken, nationalIdHash, now }: { resumeToken: string; nationalIdHash: string; now: Date },
): Promise<string> {
  const proof: FieldSource = person.method === "BANKID" ? "BANKID" : "PERSON";
  return db.$transaction(async (tx) => {
    const created = await tx.onboardingApplication.create({
      data: {
        resumeTokenHash: hashLinkToken(resumeToken),
        identifiedBy: person.method,
        firstName: person.searchName.firstName,
        lastName: person.searchName.lastName,
        nationalIdCiphertext: encryptNationalId(person.nationalId),
        nationalIdHash,
        fieldSources: { firstName: proof, lastName: proof, nationalId: proof },
        consentedAt: person.consentedAt,
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
        identifiedBy: person.method,
      }),
    );
    return created.id;
  });
}

import "server-only";
// Step 2 of "Bli kunde" (P7): the identity in Folkeregisteret, for a person who has already proven
// who they are (BankID or the activation letter): alive, resident in Norway, of age, and the name and
// registered address to use. The answer is shown only to that person. A failed check leaves the
// application where it was, with a code in lastError for the page's words and a retry.
// The national ID is decrypted only to be sent to the registry, and never logged.
import { writeAudit } from "@/features/audit/server";
import { Prisma } from "@/generated/prisma/client";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { inPeopleCase } from "@/platform/format/people-case";
import type { RegisteredPerson } from "@/platform/registries/folkeregister/folkeregister";
import type { RegistryResult } from "@/platform/registries/http-client";
import { registries } from "@/platform/registries/registries";
import { osloDate } from "@/platform/time/oslo-calendar";
import { ageFromBirthDate, ageFromNationalId } from "../domain/age";
import { lookupAudit } from "./application-audit";
import { move, withApplication } from "./application-state";
import type { FieldSources, OnboardingOptions, RegistryErrorCode, StepResult } from "./step-types";

export async function verifyIdentity(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (app?.status !== "DRAFT") return { ok: false, reason: "stale" };
  const { folkeregister } = options.registries ?? registries();
  const nationalId = decryptNationalId(app.nationalIdCiphertext);
  // Folkeregisteret's unique search wants a name beside the number: the one the proof carried.
  const person = await folkeregister.findPerson({
    nationalId,
    name: `${app.firstName ?? ""} ${app.lastName ?? ""}`.trim(),
  });
  await writeAudit(
    db,
    lookupAudit(app.id, "folkeregister", "identification", person.ok ? "found" : person.reason),
  );
  const failure = identityFailure(person, nationalId, osloDate(now));
  if (failure || !person.ok) {
    await db.onboardingApplication.updateMany({
      where: { id: app.id, status: "DRAFT" },
      data: { lastError: failure },
    });
    return { ok: false, reason: failure ?? "folkeregister-unavailable" };
  }
  const registered = person.value;
  const moved = await move(
    db,
    app.id,
    "DRAFT",
    "identity-verified",
    {
      identityVerifiedAt: now,
      // The name as Folkeregisteret has it (P6), whatever the proof spelt, in people's case.
      firstName: inPeopleCase([registered.firstName, registered.middleName].filter(Boolean).join(" ")),
      lastName: inPeopleCase(registered.lastName),
      fieldSources: { ...(app.fieldSources as FieldSources), firstName: "REGISTER", lastName: "REGISTER" },
      registeredAddress: registered.address ? { ...registered.address } : Prisma.DbNull,
      lastError: null,
    },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

/** Why Folkeregisteret's answer does not let this person become a customer, or null when it does. */
function identityFailure(
  person: RegistryResult<RegisteredPerson>,
  nationalId: string,
  today: string,
): RegistryErrorCode | null {
  if (!person.ok) return person.reason === "not-found" ? "identity-not-found" : "folkeregister-unavailable";
  if (person.value.deceased) return "identity-deceased";
  if (person.value.status !== "bosatt") return "identity-not-resident";
  const age = ageFromNationalId(nationalId, today);
  const birthDate = person.value.birthDate;
  const decided = age.kind === "unknown" && birthDate ? ageFromBirthDate(birthDate, today) : age;
  return decided.kind === "adult" ? null : "identity-minor";
}

/** Retry of step 2 after a failed look-up: the same checks again. */
export async function retryIdentity(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<StepResult> {
  return verifyIdentity(applicationId, options);
}

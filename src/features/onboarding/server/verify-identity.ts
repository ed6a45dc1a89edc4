import "server-only";
// Step 2 of "Bli kunde" (P7 and P8): the identity in Folkeregisteret, and at the same time the first
// metering point search at the typed address, which does not depend on it. A failed check leaves the
// application where it was, with a code in lastError for the page's words and a retry.
// The national ID is decrypted only to be sent to a registry, and never logged.
import { writeAudit } from "@/features/audit/server";
import { Prisma } from "@/generated/prisma/client";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import type { RegisteredPerson } from "@/platform/registries/folkeregister/folkeregister";
import type { RegistryResult } from "@/platform/registries/http-client";
import { registries } from "@/platform/registries/registries";
import { osloDate } from "@/platform/time/oslo-calendar";
import { ageFromBirthDate, ageFromNationalId } from "../domain/age";
import { namesMatch } from "../domain/name-match";
import { lookupAudit } from "./application-audit";
import { move, withApplication } from "./application-state";
import { searchByAddress } from "./elhub-search";
import type { OnboardingOptions, RegistryErrorCode, StepResult } from "./step-types";

export async function verifyIdentity(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (app?.status !== "DRAFT") return { ok: false, reason: "stale" };
  const { folkeregister } = options.registries ?? registries();
  const nationalId = decryptNationalId(app.nationalIdCiphertext);
  const [person, points] = await Promise.all([
    folkeregister.findPerson({ nationalId, name: `${app.firstName} ${app.lastName}` }),
    searchByAddress(nationalId, app.street, app.postalCode, options),
  ]);
  await db.$transaction(async (tx) => {
    await writeAudit(
      tx,
      lookupAudit(app.id, "folkeregister", "identification", person.ok ? "found" : person.reason),
    );
    await writeAudit(tx, lookupAudit(app.id, "elhub", "metering-point", points.outcome));
  });
  const failure = identityFailure(app, person, nationalId, osloDate(now));
  if (failure || !person.ok) {
    await db.onboardingApplication.updateMany({
      where: { id: app.id, status: "DRAFT" },
      data: { lastError: failure },
    });
    return { ok: false, reason: failure ?? "folkeregister-unavailable" };
  }
  const moved = await move(
    db,
    app.id,
    "DRAFT",
    "identity-verified",
    {
      identityVerifiedAt: now,
      registeredAddress: person.value.address ? { ...person.value.address } : Prisma.DbNull,
      meteringPointOptions: points.options ?? Prisma.DbNull,
      lastError: points.outcome === "unavailable" ? "elhub-unavailable" : null,
    },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

/** Why Folkeregisteret's answer does not let this person become a customer, or null when it does. */
function identityFailure(
  typed: { firstName: string; lastName: string },
  person: RegistryResult<RegisteredPerson>,
  nationalId: string,
  today: string,
): RegistryErrorCode | null {
  if (!person.ok) return person.reason === "not-found" ? "identity-not-found" : "folkeregister-unavailable";
  // The name first: someone who only knows a national ID learns nothing about that person's status.
  if (!namesMatch({ firstName: typed.firstName, lastName: typed.lastName }, person.value))
    return "identity-name-mismatch";
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

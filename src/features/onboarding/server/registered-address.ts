import "server-only";
// Step 3 of "Bli kunde", when Folkeregisteret has another address than the person typed: keeping the
// registered one (P6: recorded as from the register), and searching Elhub there if nothing was found yet.
import { Prisma } from "@/generated/prisma/client";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import type { RegisteredAddress } from "@/platform/registries/folkeregister/folkeregister";
import { move } from "./application-state";
import { type MeteringPointOption, searchByAddress } from "./elhub-search";
import type { FieldSources, OnboardingOptions, StepResult } from "./step-types";

/** Keeps the registered address instead of the typed one (P6: recorded as from the register). */
export async function useRegisteredAddress(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const app = await db.onboardingApplication.findUnique({
    where: { id: applicationId },
    select: {
      status: true,
      registeredAddress: true,
      fieldSources: true,
      nationalIdCiphertext: true,
      meteringPointOptions: true,
    },
  });
  const address = app?.registeredAddress as RegisteredAddress | null | undefined;
  if (app?.status !== "IDENTITY_VERIFIED" || !address) return { ok: false, reason: "stale" };
  const sources = {
    ...(app.fieldSources as FieldSources),
    street: "REGISTER",
    postalCode: "REGISTER",
    city: "REGISTER",
  };
  const known = (app.meteringPointOptions as MeteringPointOption[] | null) ?? [];
  const search =
    known.length > 0
      ? null
      : await searchByAddress(
          decryptNationalId(app.nationalIdCiphertext),
          address.street,
          address.postalCode,
          options,
        );
  const moved = await move(
    db,
    applicationId,
    "IDENTITY_VERIFIED",
    "identity-verified",
    {
      street: address.street,
      postalCode: address.postalCode,
      city: address.city,
      fieldSources: sources,
      ...(search
        ? {
            meteringPointOptions: search.options ?? Prisma.DbNull,
            lastError: search.outcome === "unavailable" ? "elhub-unavailable" : null,
          }
        : {}),
    },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

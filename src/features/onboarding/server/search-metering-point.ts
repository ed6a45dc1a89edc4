import "server-only";
// Step 3 of "Bli kunde": the person did not find their metering point among those found at the
// address, and searches Elhub again: by meter number when given, else by the application's address.
import { writeAudit } from "@/features/audit/server";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { lookupAudit } from "./application-audit";
import { move, withApplication } from "./application-state";
import { searchByAddress, searchByMeterNumber } from "./elhub-search";
import type { OnboardingOptions, StepResult } from "./step-types";

/** Searches Elhub again: by meter number when given, else by the application's address. */
export async function searchMeteringPoint(
  applicationId: string,
  input: { meterNumber?: string },
  options: OnboardingOptions = {},
): Promise<StepResult> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (!app || (app.status !== "IDENTITY_VERIFIED" && app.status !== "METERING_POINT_CHOSEN")) {
    return { ok: false, reason: "stale" };
  }
  const nationalId = decryptNationalId(app.nationalIdCiphertext);
  const search = input.meterNumber
    ? await searchByMeterNumber(nationalId, input.meterNumber, options)
    : await searchByAddress(nationalId, app.street ?? "", app.postalCode ?? "", options);
  await writeAudit(db, lookupAudit(app.id, "elhub", "metering-point", search.outcome));
  if (search.outcome === "unavailable") {
    await db.onboardingApplication.update({
      where: { id: app.id },
      data: { lastError: "elhub-unavailable" },
    });
    return { ok: false, reason: "elhub-unavailable" };
  }
  const moved = await move(
    db,
    app.id,
    app.status,
    app.status === "IDENTITY_VERIFIED" ? "identity-verified" : "metering-point-chosen",
    {
      meteringPointOptions: search.options ?? [],
      lastError: search.outcome === "found" ? null : "elhub-not-found",
    },
    now,
  );
  if (!moved) return { ok: false, reason: "stale" };
  return search.outcome === "found" ? { ok: true } : { ok: false, reason: "elhub-not-found" };
}

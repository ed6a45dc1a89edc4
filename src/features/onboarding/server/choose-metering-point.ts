import "server-only";
// Step 3 of "Bli kunde": the person picks one of the metering points Elhub found for them. Only a
// point from that answer can be chosen, and it is copied onto the application as Elhub gave it.
import { db } from "@/platform/db";
import { move, withApplication } from "./application-state";
import type { MeteringPointOption } from "./elhub-search";
import type { OnboardingOptions } from "./step-types";

export async function chooseMeteringPoint(
  applicationId: string,
  gsrn: string,
  options: OnboardingOptions = {},
): Promise<{ ok: true } | { ok: false; reason: "stale" | "unknown-metering-point" }> {
  const now = options.now ?? new Date();
  const app = await withApplication(applicationId);
  if (!app || (app.status !== "IDENTITY_VERIFIED" && app.status !== "METERING_POINT_CHOSEN")) {
    return { ok: false, reason: "stale" };
  }
  const chosen = ((app.meteringPointOptions as MeteringPointOption[] | null) ?? []).find(
    (p) => p.gsrn === gsrn,
  );
  if (!chosen) return { ok: false, reason: "unknown-metering-point" };
  const moved = await move(
    db,
    app.id,
    app.status,
    "metering-point-chosen",
    { gsrn, meteringPoint: { ...chosen } },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

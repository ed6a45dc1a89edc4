import { exportResponse } from "@/features/privacy/routes";
import { portabilityZip } from "@/features/privacy/server";
import { requireFreshStrongAuth } from "@/features/sign-in/routes";

export const dynamic = "force-dynamic";

/** Data portability (Art. 20): JSON and CSV in a ZIP, streamed, after a fresh strong proof (step-up). */
export async function GET() {
  await requireFreshStrongAuth("/min-side/personvern#dataportabilitet", "CUSTOMER");
  return exportResponse(
    "portability",
    { name: "klarkraft-dataportabilitet", type: "application/zip" },
    (owner) => portabilityZip(owner),
  );
}

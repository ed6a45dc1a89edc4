import { exportResponse } from "@/features/privacy/routes";
import { accessCopyJson } from "@/features/privacy/server";
import { requireFreshStrongAuth } from "@/features/sign-in/routes";

export const dynamic = "force-dynamic";

/** The access copy (Art. 15) as one JSON file, streamed, after a fresh strong proof (step-up). */
export async function GET() {
  await requireFreshStrongAuth("/min-side/personvern#innsyn", "CUSTOMER");
  return exportResponse(
    "access-json",
    { name: "klarkraft-innsyn", type: "application/json; charset=utf-8" },
    (owner) => accessCopyJson(owner),
  );
}

import { exportResponse } from "@/features/privacy/routes";
import { portabilityZip } from "@/features/privacy/server";

export const dynamic = "force-dynamic";

/** Data portability (Art. 20): JSON and CSV in a ZIP, streamed. */
export function GET() {
  return exportResponse(
    "portability",
    { name: "klarkraft-dataportabilitet", type: "application/zip" },
    (owner) => portabilityZip(owner),
  );
}

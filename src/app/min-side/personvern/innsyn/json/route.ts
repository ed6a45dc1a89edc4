import { exportResponse } from "@/features/privacy/routes";
import { accessCopyJson } from "@/features/privacy/server";

export const dynamic = "force-dynamic";

/** The access copy (Art. 15) as one JSON file, streamed. */
export function GET() {
  return exportResponse(
    "access-json",
    { name: "klarkraft-innsyn", type: "application/json; charset=utf-8" },
    (owner) => accessCopyJson(owner),
  );
}

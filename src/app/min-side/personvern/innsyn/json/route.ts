import { exportResponse } from "@/server/privacy/export-response";
import { accessCopyJson } from "@/server/services/privacy/access-copy";

export const dynamic = "force-dynamic";

/** The access copy (Art. 15) as one JSON file, streamed. */
export function GET() {
  return exportResponse(
    "access-json",
    { name: "klarkraft-innsyn", type: "application/json; charset=utf-8" },
    (owner) => accessCopyJson(owner),
  );
}

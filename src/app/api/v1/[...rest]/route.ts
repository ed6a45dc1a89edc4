// An /api/v1 path no endpoint answers: a 404 problem in JSON, as a script reads every refusal, not
// Next's HTML page. The named routes (and /api/v1/docs) take precedence over this catch-all.
import { problemResponse } from "@/platform/http/problem";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return problemResponse(404, {
    title: "Fant ikke endepunktet",
    detail: "API-et har ikke denne adressen. Se /api/v1/openapi.json eller /api/v1/docs for endepunktene.",
  });
}

export const HEAD = GET;

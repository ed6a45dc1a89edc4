import "server-only";
// How /api/v1 answers: JSON never cached (every answer is personal), and refusals as RFC 9457 problems.
import { problemResponse } from "@/platform/http/problem";

export function apiJson(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A query the endpoint cannot answer: the Norwegian detail says what to change. */
export function badQuery(
  detail: string,
  title = "Ugyldig spørring",
  extensions: Record<string, unknown> = {},
) {
  return problemResponse(400, { title, detail, ...extensions });
}

export function meteringPointNotFound(): Response {
  return problemResponse(404, {
    title: "Fant ikke målepunktet",
    detail: "Målepunktet er ikke blant dine. Se /api/v1/metering-points for målepunktene du kan spørre om.",
  });
}

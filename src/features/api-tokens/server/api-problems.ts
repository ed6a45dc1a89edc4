import "server-only";
// The gate's refusals as RFC 9457 problems, in Norwegian, with the headers RFC 6750 (bearer tokens) asks
// for: a script reads `status` and the headers, a person reads `title` and `detail`.
import { API_SCOPE_LABELS, type ApiScope } from "@/platform/format/labels";
import { problemResponse } from "@/platform/http/problem";
import type { ApiTokenStatus } from "../domain/api-token";

const REALM = 'Bearer realm="Klarkraft Min side"';
const NEW_TOKEN_HINT = "Lag en ny API-nøkkel under Profil på Min side.";

/** No Authorization header at all: the challenge names the scheme only (RFC 6750, section 3.1). */
export const missingTokenProblem = () =>
  problemResponse(
    401,
    {
      title: "API-nøkkel mangler",
      detail: "Send API-nøkkelen din i headeren «Authorization: Bearer <nøkkel>».",
    },
    { "WWW-Authenticate": REALM },
  );

const INVALID_DETAIL: Record<Exclude<ApiTokenStatus, "active"> | "unknown", string> = {
  unknown: `Vi kjenner ikke igjen API-nøkkelen. Sjekk at du har kopiert hele nøkkelen. ${NEW_TOKEN_HINT}`,
  revoked: `API-nøkkelen er trukket tilbake og virker ikke lenger. ${NEW_TOKEN_HINT}`,
  expired: `API-nøkkelen er utløpt. ${NEW_TOKEN_HINT}`,
};

/** A header that is no bearer token of ours, or one we do not know, revoked or expired. */
export const invalidTokenProblem = (why: keyof typeof INVALID_DETAIL) =>
  problemResponse(
    401,
    { title: "Ugyldig API-nøkkel", detail: INVALID_DETAIL[why] },
    { "WWW-Authenticate": `${REALM}, error="invalid_token"` },
  );

export const missingScopeProblem = (scope: ApiScope) =>
  problemResponse(
    403,
    {
      title: "API-nøkkelen har ikke tilgang til dette",
      detail: `Nøkkelen kan ikke lese «${API_SCOPE_LABELS[scope]}». Lag en ny nøkkel med denne tilgangen under Profil på Min side.`,
      scope,
    },
    { "WWW-Authenticate": `${REALM}, error="insufficient_scope", scope="${scope}"` },
  );

/** Art. 18: while the customer has restricted processing, the API (not essential to the contract) is shut. */
export const restrictedProblem = () =>
  problemResponse(403, {
    title: "Behandlingen er begrenset",
    detail:
      "Du har bedt oss begrense behandlingen av opplysningene dine (personvernforordningen artikkel 18). Så lenge begrensningen gjelder, gir API-et ingen opplysninger. Du kan oppheve begrensningen under Personvern på Min side.",
  });

export function rateLimitedProblem(retryAfterSeconds: number, limit: number) {
  return problemResponse(
    429,
    {
      title: "For mange forespørsler",
      detail: `En API-nøkkel kan brukes ${limit} ganger i minuttet. Prøv igjen om ${retryAfterSeconds} sekunder.`,
      retryAfterSeconds,
    },
    { "Retry-After": String(retryAfterSeconds) },
  );
}

export const unexpectedProblem = () =>
  problemResponse(500, {
    title: "Noe gikk galt hos oss",
    detail: "Forespørselen kunne ikke besvares. Prøv igjen om litt.",
  });

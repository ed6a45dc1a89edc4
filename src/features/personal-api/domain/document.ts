// The OpenAPI 3.1 document of /api/v1, generated from the endpoints' zod schemas (zod-openapi), so the
// document cannot drift from what the handlers parse and answer. Words are Norwegian, like the portal;
// field names are English, like the Forbruk download's JSON.
import { z } from "zod";
import { createDocument as openApiDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import { API_ENDPOINTS, type ApiEndpoint, DOCUMENT_PATH, ERROR_MEANINGS } from "./endpoints";
import { API_RESOLUTIONS, MAX_RANGE_DAYS } from "./limits";
import { ZProblem } from "./schemas/problem";

export const SECURITY_SCHEME = "apiToken";
/** How an operation's description ends: the scope a token needs, for tools that show only descriptions. */
export const SCOPE_LINE = "Tilgang (scope):";

const problem = (status: keyof typeof ERROR_MEANINGS) => ({
  description: ERROR_MEANINGS[status],
  content: { "application/problem+json": { schema: ZProblem } },
  ...(status === 429 && {
    headers: z.object({
      "Retry-After": z.int().meta({ description: "Sekunder til nøkkelen kan brukes igjen." }),
    }),
  }),
  ...(status === 401 && {
    headers: z.object({
      "WWW-Authenticate": z.string().meta({ description: "Bearer-utfordringen (RFC 6750)." }),
    }),
  }),
});

function operation(endpoint: ApiEndpoint): ZodOpenApiOperationObject {
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: `${endpoint.description}\n\n${SCOPE_LINE} ${endpoint.scope ?? "enhver gyldig nøkkel"}.`,
    security: [{ [SECURITY_SCHEME]: endpoint.scope ? [endpoint.scope] : [] }],
    "x-scope": endpoint.scope,
    requestParams: { query: endpoint.query },
    responses: {
      "200": {
        description: "Svaret (aldri mellomlagret: Cache-Control: no-store).",
        content: { "application/json": { schema: endpoint.response } },
      },
      ...Object.fromEntries(endpoint.errors.map((status) => [String(status), problem(status)])),
    },
  };
}

const INTRO = [
  "Dine egne data fra Min side hos Klarkraft: målepunkter, forbruk, spotpriser, avtaler og fakturaer. Bare lesing (GET), JSON.",
  "Lag en API-nøkkel under Profil på Min side, velg hva den skal kunne lese (scope), og send den som «Authorization: Bearer kk_…».",
  `Lengste periode for forbruk: ${API_RESOLUTIONS.map((r) => `${r} ${MAX_RANGE_DAYS[r]} døgn`).join(", ")}.`,
  "Beløp er hele øre (heltall). kWh og priser er desimaltall som tekst. Tidspunkter er ISO 8601 i norsk tid med tidssone.",
  "Feil svarer med RFC 9457 (application/problem+json) med norsk tittel og forklaring.",
].join("\n\n");

/** The whole document; `servers` is relative, so it holds on every host the portal runs on. */
export function createApiDocument() {
  return openApiDocument({
    openapi: "3.1.0",
    info: {
      title: "Klarkraft Min side: personlig data-API",
      version: "1.0.0",
      description: INTRO,
    },
    servers: [{ url: "/", description: "Samme vert som Min side" }],
    components: {
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: "http",
          scheme: "bearer",
          description:
            "Personlig API-nøkkel fra Profil på Min side (kk_…). Bare lesing; hver nøkkel har sine tilganger og sin utløpsdato.",
        },
      },
    },
    paths: {
      ...Object.fromEntries(API_ENDPOINTS.map((endpoint) => [endpoint.path, { get: operation(endpoint) }])),
      [DOCUMENT_PATH]: {
        get: {
          operationId: "getOpenApiDocument",
          summary: "Dette dokumentet",
          description: "OpenAPI 3.1-dokumentet for API-et. Åpent: krever ingen nøkkel.",
          security: [],
          responses: { "200": { description: "OpenAPI-dokumentet.", content: { "application/json": {} } } },
        },
      },
    },
  });
}

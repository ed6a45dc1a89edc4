// The OpenAPI 3.1 document of /api/v1: served without a token, it names every route under
// src/app/api/v1 (and nothing else), every reference in it resolves, every operation says its scope and
// answers every refusal as application/problem+json with the Problem schema.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as unknownPath, HEAD as unknownPathHead } from "@/app/api/v1/[...rest]/route";
import { GET as openApiJson } from "@/app/api/v1/openapi.json/route";
import { API_ENDPOINTS, createApiDocument, MAX_RANGE_DAYS } from "@/features/personal-api";

const API_DIR = path.resolve(import.meta.dirname, "../../src/app/api/v1");

/** The catch-all that answers unknown paths with a 404 problem: no endpoint, so not in the document. */
const CATCH_ALL = "[...rest]";

/** Every route file's URL path under /api/v1. */
function routePaths(dir = API_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && full === path.join(API_DIR, CATCH_ALL)) return [];
    if (entry.isDirectory()) return routePaths(full);
    return entry.name === "route.ts"
      ? [`/api/v1/${path.relative(API_DIR, dir).split(path.sep).join("/")}`]
      : [];
  });
}

/** Every "$ref" anywhere in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

type Operation = {
  security: Record<string, string[]>[];
  parameters: { in: string; name: string }[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

function getOf(document: ReturnType<typeof createApiDocument>, at: string): Operation {
  const item = document.paths?.[at] as { get: Operation } | undefined;
  if (!item) throw new Error(`${at} is not in the document`);
  return item.get;
}

describe("the OpenAPI document", () => {
  it("is served at /api/v1/openapi.json without a token, as OpenAPI 3.1.0 with relative servers", async () => {
    const response = await openApiJson();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const served = await response.json();
    expect(served).toEqual(JSON.parse(JSON.stringify(createApiDocument())));
    expect(served.openapi).toBe("3.1.0");
    expect(served.info).toMatchObject({ title: expect.any(String), version: "1.0.0" });
    expect(served.servers).toEqual([{ url: "/", description: expect.any(String) }]);
    expect(served.components.securitySchemes.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(served.info.description).toContain(`PT15M ${MAX_RANGE_DAYS.PT15M} døgn`);
  });

  it("names every route under src/app/api/v1 and no path without one", () => {
    const document = createApiDocument();
    const documented = Object.keys(document.paths ?? {}).sort();
    expect(documented).toEqual(routePaths().sort());
    expect(documented).toContain("/api/v1/consumption");
    expect(fs.existsSync(path.join(API_DIR, CATCH_ALL, "route.ts"))).toBe(true);
    expect(documented.some((at) => at.includes("["))).toBe(false);
    for (const [, item] of Object.entries(document.paths ?? {})) {
      expect(Object.keys(item as object)).toEqual(["get"]);
    }
  });

  it("every reference resolves to a schema in components", () => {
    const document = createApiDocument();
    const refs = [...new Set(refsIn(document))];
    expect(refs).toContain("#/components/schemas/Problem");
    expect(refs).toContain("#/components/schemas/ConsumptionInterval");
    const schemas = document.components?.schemas ?? {};
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas, ref).toHaveProperty([ref.replace("#/components/schemas/", "")]);
    }
  });

  it("every endpoint states its scope, its query parameters, a JSON answer and problem+json refusals", () => {
    const document = createApiDocument();
    for (const endpoint of API_ENDPOINTS) {
      const operation = getOf(document, endpoint.path);
      expect(operation.security, endpoint.path).toEqual([
        { apiToken: endpoint.scope ? [endpoint.scope] : [] },
      ]);
      expect(operation.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(
        Object.keys(endpoint.query.shape)
          .map((name) => `query:${name}`)
          .sort(),
      );
      expect(operation.responses["200"]?.content?.["application/json"]?.schema?.$ref).toMatch(
        /^#\/components\/schemas\//,
      );
      const refusals = Object.keys(operation.responses).filter((status) => status !== "200");
      expect(refusals).toEqual(endpoint.errors.map(String));
      expect(refusals).toEqual(expect.arrayContaining(["401", "429", "500"]));
      for (const status of refusals) {
        expect(operation.responses[status]?.content).toEqual({
          "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
        });
      }
    }
    const consumption = getOf(document, "/api/v1/consumption");
    expect(Object.keys(consumption.responses)).toEqual(["200", "400", "401", "403", "404", "429", "500"]);
  });
});

describe("an unknown /api/v1 path", () => {
  it("is a 404 problem in JSON for GET and HEAD, never cached, pointing to the document", async () => {
    for (const answer of [unknownPath(), unknownPathHead()]) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(await answer.json()).toMatchObject({
        type: "about:blank",
        title: "Fant ikke endepunktet",
        status: 404,
        detail: expect.stringContaining("/api/v1/openapi.json"),
      });
    }
  });
});

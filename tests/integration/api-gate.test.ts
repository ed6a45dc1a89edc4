import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import type { ApiTokenCreate } from "@/features/api-tokens";
import { apiRoute, createApiToken, revokeApiToken } from "@/features/api-tokens/server";
import { db } from "@/platform/db";
import { createUser } from "../support/factories";

const URL = "http://localhost/api/v1/me";
const NO_PARAMS = { params: Promise.resolve({}) };
const HOME: ApiTokenCreate = { name: "Hjemmeautomasjon", scopes: ["CONSUMPTION"], lifetimeDays: 30 };

function call(authorization?: string, handler = me) {
  const headers = authorization === undefined ? undefined : { authorization };
  return handler(new NextRequest(URL, { headers }), NO_PARAMS);
}

async function customerWithToken(input: ApiTokenCreate = HOME, now?: Date) {
  const user = await createUser();
  const caller = { userId: user.id, customerId: user.customerId as string };
  const created = await createApiToken(caller, input, now);
  if (!created.ok) throw new Error(created.reason);
  return { ...caller, ...created };
}

async function expectProblem(response: Response, status: number, title: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ type: "about:blank", status, title });
  return body;
}

const auditRowsOf = (tokenId: string) =>
  db.auditLog.findMany({ where: { action: "api.call", targetId: tokenId }, orderBy: { at: "asc" } });

describe("the API gate, through GET /api/v1/me", () => {
  it("answers a fresh token with the token's own description, and only its hash is stored", async () => {
    const { token, tokenId } = await customerWithToken();
    expect(token).toMatch(/^kk_[A-Za-z0-9_-]{43}$/);

    const response = await call(`Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      token: { id: tokenId, name: "Hjemmeautomasjon", prefix: token.slice(0, 8), scopes: ["CONSUMPTION"] },
      rateLimit: { limit: 60, windowSeconds: 60 },
    });

    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("a missing header is a 401 problem with a bearer challenge", async () => {
    const response = await call();
    await expectProblem(response, 401, "API-nøkkel mangler");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="Klarkraft Min side"');
  });

  it("a malformed header, an unknown token, a revoked and an expired one are 401 problems", async () => {
    const live = await customerWithToken();
    const revoked = await customerWithToken();
    await revokeApiToken(revoked, revoked.tokenId);
    const longAgo = new Date(Date.now() - 31 * 24 * 3600_000);
    const expired = await customerWithToken(HOME, longAgo);
    const unknown = `kk_${"A".repeat(43)}`;

    for (const header of [`Basic ${live.token}`, `Bearer ${live.token}x`, `Bearer ${unknown}`, "Bearer"]) {
      const response = await call(header);
      const body = await expectProblem(response, 401, "Ugyldig API-nøkkel");
      expect(body.detail).toContain("kjenner ikke igjen");
      expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
    expect(
      (await expectProblem(await call(`Bearer ${revoked.token}`), 401, "Ugyldig API-nøkkel")).detail,
    ).toContain("trukket tilbake");
    expect(
      (await expectProblem(await call(`Bearer ${expired.token}`), 401, "Ugyldig API-nøkkel")).detail,
    ).toContain("utløpt");
    // A refused token is no call of a customer's: nothing is audited for it.
    expect(await auditRowsOf(revoked.tokenId)).toEqual([]);
  });

  it("a token without the route's scope is a 403 problem naming the scope", async () => {
    const { token } = await customerWithToken();
    const invoices = apiRoute({
      scope: "INVOICES",
      operation: "test.invoices",
      handle: async () => Response.json({ reached: true }),
    });
    const response = await call(`Bearer ${token}`, invoices);
    const body = await expectProblem(response, 403, "API-nøkkelen har ikke tilgang til dette");
    expect(body).toMatchObject({ scope: "INVOICES" });
    expect(body.detail).toContain("«Fakturaer»");
    expect(response.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
  });

  it("a customer who restricted processing (Art. 18) gets a 403 problem saying why", async () => {
    const { token, customerId } = await customerWithToken();
    await db.customer.update({ where: { id: customerId }, data: { restrictedAt: new Date() } });
    const body = await expectProblem(await call(`Bearer ${token}`), 403, "Behandlingen er begrenset");
    expect(body.detail).toContain("artikkel 18");
  });
});

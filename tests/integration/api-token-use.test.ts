import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import type { ApiTokenCreate } from "@/features/api-tokens";
import { API_RATE_LIMIT } from "@/features/api-tokens";
import { apiRoute, createApiToken, listApiTokens, revokeApiToken } from "@/features/api-tokens/server";
import { db } from "@/platform/db";
import { createUser } from "../support/factories";
import { captureLog } from "../support/log-lines";

const NO_PARAMS = { params: Promise.resolve({}) };
const HOME: ApiTokenCreate = {
  name: "Hjemmeautomasjon",
  scopes: ["CONSUMPTION", "PRICES"],
  lifetimeDays: 90,
};

const call = (token: string, handler = me) =>
  handler(
    new NextRequest("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }),
    NO_PARAMS,
  );

async function customerWithToken(input: ApiTokenCreate = HOME) {
  const user = await createUser();
  const caller = { userId: user.id, customerId: user.customerId as string };
  const created = await createApiToken(caller, input);
  if (!created.ok) throw new Error(created.reason);
  return { ...caller, ...created };
}

const callRows = (tokenId: string) =>
  db.auditLog.findMany({ where: { action: "api.call", targetId: tokenId }, orderBy: { at: "asc" } });

describe("calls with a token", () => {
  it("are audited one row per call, by token id and operation, never with the token", async () => {
    const { token, tokenId, customerId, userId } = await customerWithToken();
    await call(token);
    await call(token);
    const rows = await callRows(tokenId);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      actorUserId: userId,
      actorRole: "CUSTOMER",
      subjectCustomerId: customerId,
      targetType: "ApiToken",
      metadata: { tokenId, operation: "token.describe", status: 200 },
    });
    const rowsOfCustomer = await db.auditLog.findMany({
      where: { subjectCustomerId: customerId },
      select: { action: true, targetId: true, metadata: true },
    });
    const everything = JSON.stringify(rowsOfCustomer);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.slice(3));
  });

  it("set «Sist brukt» on first use, and move it on at most once a minute", async () => {
    const { token, tokenId } = await customerWithToken();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).toBeNull();
    const before = Date.now();
    await call(token);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt;
    expect(first?.getTime()).toBeGreaterThanOrEqual(before);
    await call(token);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).toEqual(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: twoMinutesAgo } });
    await call(token);
    const moved = (await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt;
    expect(moved?.getTime()).toBeGreaterThan(twoMinutesAgo.getTime());
  });

  it("are limited per token: over the limit is a 429 problem with Retry-After, audited once per window", async () => {
    const { token, tokenId } = await customerWithToken();
    const other = await customerWithToken();
    for (let i = 0; i < API_RATE_LIMIT.limit; i++) expect((await call(token)).status).toBe(200);

    const refused = await call(token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({
      status: 429,
      title: "For mange forespørsler",
      retryAfterSeconds: retryAfter,
    });
    expect((await call(token)).status).toBe(429);
    // Another token has its own count.
    expect((await call(other.token)).status).toBe(200);

    const statuses = (await callRows(tokenId)).map((row) => (row.metadata as { status: number }).status);
    expect(statuses).toEqual([...Array(API_RATE_LIMIT.limit).fill(200), 429]);
  });

  it("a handler that throws is a 500 problem, logged without the token, and audited with its status", async () => {
    const { token, tokenId } = await customerWithToken();
    const broken = apiRoute({
      scope: "CONSUMPTION",
      operation: "test.broken",
      handle: async () => {
        throw new Error(`database said no to ${token}`);
      },
    });
    const log = captureLog();
    const response = await call(token, broken).finally(log.restore);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.text();
    expect(body).not.toContain("at ");
    expect(JSON.parse(body)).toMatchObject({ status: 500, title: "Noe gikk galt hos oss" });
    expect(log.lines()).toContainEqual(expect.objectContaining({ level: "error", event: "api.test.broken" }));
    expect(log.text()).not.toContain(token);
    expect((await callRows(tokenId)).map((row) => row.metadata)).toEqual([
      { tokenId, operation: "test.broken", status: 500 },
    ]);
  });
});

describe("managing tokens", () => {
  it("customer A cannot revoke B's token, and B's token keeps working", async () => {
    const a = await customerWithToken();
    const b = await customerWithToken();
    expect(await revokeApiToken(a, b.tokenId)).toEqual({ ok: false, reason: "not-found" });
    expect((await call(b.token)).status).toBe(200);
    expect(await db.auditLog.count({ where: { action: "api-token.revoked", targetId: b.tokenId } })).toBe(0);

    expect(await revokeApiToken(b, b.tokenId)).toEqual({ ok: true });
    expect(await revokeApiToken(b, b.tokenId)).toEqual({ ok: false, reason: "already-revoked" });
    expect((await call(b.token)).status).toBe(401);
    const audit = await db.auditLog.findMany({
      where: { targetId: b.tokenId, action: { startsWith: "api-token." } },
    });
    expect(audit.map((row) => [row.action, row.metadata])).toEqual([
      ["api-token.created", { tokenId: b.tokenId, scopes: ["CONSUMPTION", "PRICES"], lifetimeDays: 90 }],
      ["api-token.revoked", { tokenId: b.tokenId }],
    ]);
  });

  it("lists a customer's own tokens with their state, and never the hash", async () => {
    const a = await customerWithToken();
    await customerWithToken();
    await revokeApiToken(a, a.tokenId);
    const second = await createApiToken(a, { name: "Skript", scopes: ["INVOICES"], lifetimeDays: 30 });
    const listed = await listApiTokens(a.customerId);
    expect(listed.map((token) => [token.name, token.status, token.scopes])).toEqual([
      ["Skript", "active", ["INVOICES"]],
      ["Hjemmeautomasjon", "revoked", ["CONSUMPTION", "PRICES"]],
    ]);
    expect(second.ok && listed[0]?.prefix).toBe(second.ok && second.token.slice(0, 8));
    expect(Object.keys(listed[0] ?? {})).not.toContain("tokenHash");
  });

  it("allows ten active tokens at a time; a revoked one frees a place", async () => {
    const a = await customerWithToken();
    for (let i = 1; i < 10; i++) expect((await createApiToken(a, HOME)).ok).toBe(true);
    expect(await createApiToken(a, HOME)).toEqual({ ok: false, reason: "too-many" });
    await revokeApiToken(a, a.tokenId);
    expect((await createApiToken(a, HOME)).ok).toBe(true);
  });
});

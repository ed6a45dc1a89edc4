import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { createApiToken } from "@/features/api-tokens/server";
import { eraseOwnData, runRetention } from "@/features/privacy/server";
import { accessCopyJson } from "@/features/privacy/server/access-copy";
import { ownerOf } from "@/features/privacy/server/customer-data";
import { db } from "@/platform/db";
import { osloIsoString } from "@/platform/time/oslo-calendar";
import { createUser, PASSWORD } from "../support/factories";

const call = (token: string) =>
  me(new NextRequest("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({}),
  });

async function customerWithToken() {
  const user = await createUser();
  const caller = { userId: user.id, customerId: user.customerId as string };
  // No national ID to decrypt in the access copy, no address to mail an erasure receipt to.
  await db.customer.update({
    where: { id: caller.customerId },
    data: { nationalIdCiphertext: null, nationalIdHash: null, email: null },
  });
  const created = await createApiToken(caller, {
    name: "Hjemmeautomasjon",
    scopes: ["PRICES"],
    lifetimeDays: 30,
  });
  if (!created.ok) throw new Error(created.reason);
  return { ...caller, ...created };
}

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const line of lines) text += line;
  return text;
}

describe("API tokens as personal data", () => {
  it("the access copy lists the token's name, prefix, scopes and dates, but never its hash", async () => {
    const { customerId, token, tokenId } = await customerWithToken();
    const { tokenHash } = await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    const owner = await ownerOf(customerId);
    if (!owner) throw new Error("no owner");
    const copy = await collect(accessCopyJson(owner));
    expect(copy).toContain("Hjemmeautomasjon");
    expect(copy).toContain(token.slice(0, 8));
    expect(copy).toContain("PRICES");
    expect(copy).not.toContain(tokenHash);
    expect(copy).not.toContain(token);
  });

  it("the access copy sums the token's calls (count, first, last) instead of listing each one", async () => {
    const { customerId, token, tokenId } = await customerWithToken();
    for (let i = 0; i < 3; i++) expect((await call(token)).status).toBe(200);
    const owner = await ownerOf(customerId);
    if (!owner) throw new Error("no owner");
    const copy = JSON.parse(await collect(accessCopyJson(owner)));
    const calls = await db.auditLog.findMany({
      where: { subjectCustomerId: customerId, action: "api.call" },
      orderBy: { at: "asc" },
    });
    expect(calls).toHaveLength(3);
    expect(copy.apiCalls).toEqual([
      {
        tokenId,
        calls: 3,
        firstCallAt: osloIsoString(calls[0]?.at ?? new Date()),
        lastCallAt: osloIsoString(calls[2]?.at ?? new Date()),
      },
    ]);
    const auditRows = JSON.stringify(copy).match(/"action":"api\.call"/g);
    expect(auditRows).toBeNull();
  });

  it("erasing one's data deletes the tokens, and they stop working", async () => {
    const { userId, customerId, token } = await customerWithToken();
    expect((await call(token)).status).toBe(200);
    expect(await eraseOwnData({ userId, customerId }, { currentPassword: PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await db.apiToken.count({ where: { customerId } })).toBe(0);
    expect((await call(token)).status).toBe(401);
  });

  it("a token whose customer's login is gone answers 401, and the retention job deletes it", async () => {
    const { userId, customerId, token } = await customerWithToken();
    await db.user.delete({ where: { id: userId } });
    expect((await call(token)).status).toBe(401);
    const report = await runRetention();
    expect(report.lines.find((line) => line.name === "closed-api-tokens")?.affected).toBeGreaterThanOrEqual(
      1,
    );
    expect(await db.apiToken.count({ where: { customerId } })).toBe(0);
  });
});

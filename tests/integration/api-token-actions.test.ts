import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/min-side/profil/api-token-actions";
import { sessionIdFromAuth } from "@/features/sign-in/server/config";
import { db } from "@/platform/db";
import { createUser } from "../support/factories";
import { form, sessionWithProof } from "../support/step-up";

// The actions' guards are real: the "cookie" names a real AuthSession row with its strongAuthAt.
vi.mock("@/features/sign-in/server/config", () => ({ sessionIdFromAuth: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const cookie = vi.mocked(sessionIdFromAuth);
beforeEach(() => cookie.mockReset());

const FRESH = 60_000;
const STALE = 60 * 60_000;
const NEW_TOKEN = { name: "Hjemmeautomasjon", "scope-CONSUMPTION": "on", lifetimeDays: "30" };

async function signedIn(proofAge: number | null) {
  const user = await createUser();
  cookie.mockResolvedValue(await sessionWithProof(user.id, proofAge));
  return { userId: user.id, customerId: user.customerId as string };
}

const describeWith = (token: string) =>
  me(new NextRequest("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({}),
  });

describe("Profil's API-nøkler actions", () => {
  it("creating a token wants a fresh strong proof (step-up), and keeps what was typed", async () => {
    for (const age of [null, STALE]) {
      const { customerId } = await signedIn(age);
      const state = await createApiTokenAction(null, form(NEW_TOKEN));
      expect(state).toMatchObject({
        ok: false,
        formError: expect.stringContaining("før du lager en API-nøkkel"),
        values: {
          name: "Hjemmeautomasjon",
          "scope-CONSUMPTION": "on",
          "scope-PRICES": "",
          lifetimeDays: "30",
        },
      });
      expect(await db.apiToken.count({ where: { customerId } })).toBe(0);
    }
  });

  it("with a fresh proof, returns the token once, and that token opens the API", async () => {
    const { customerId } = await signedIn(FRESH);
    const before = Date.now();
    const state = await createApiTokenAction(null, form(NEW_TOKEN));
    if (!state?.ok) throw new Error(JSON.stringify(state));
    expect(state.name).toBe("Hjemmeautomasjon");
    expect(state.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 30 * 24 * 3600_000);
    const response = await describeWith(state.token);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      token: { name: "Hjemmeautomasjon", scopes: ["CONSUMPTION"] },
    });
    expect(await db.apiToken.count({ where: { customerId } })).toBe(1);
  });

  it("refuses a form without a scope, in Norwegian, on the scopes field", async () => {
    await signedIn(FRESH);
    const state = await createApiTokenAction(null, form({ name: "Skript", lifetimeDays: "90" }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { scopes: ["Velg minst én ting nøkkelen kan lese."] },
    });
  });

  it("revoking needs no step-up but only ever reaches the customer's own token", async () => {
    const owner = await signedIn(FRESH);
    const created = await createApiTokenAction(null, form(NEW_TOKEN));
    if (!created?.ok) throw new Error("not created");
    const token = await db.apiToken.findFirstOrThrow({ where: { customerId: owner.customerId } });

    await signedIn(STALE);
    expect(await revokeApiTokenAction(null, form({ tokenId: token.id }))).toMatchObject({
      ok: false,
      formError: "Vi fant ikke API-nøkkelen. Last siden på nytt.",
    });
    expect((await describeWith(created.token)).status).toBe(200);

    cookie.mockResolvedValue(await sessionWithProof(owner.userId, null));
    expect(await revokeApiTokenAction(null, form({ tokenId: token.id }))).toMatchObject({ ok: true });
    expect((await describeWith(created.token)).status).toBe(401);
  });
});

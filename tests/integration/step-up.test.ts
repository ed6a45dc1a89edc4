import { beforeEach, describe, expect, it, vi } from "vitest";
import { confirmIdentityWithCodeAction } from "@/app/bekreft-identitet/actions";
import { GET as portabilityZip } from "@/app/min-side/personvern/dataportabilitet/route";
import { GET as accessCopyJson } from "@/app/min-side/personvern/innsyn/json/route";
import { ZSecondFactorCode } from "@/features/second-factor/domain/second-factor";
import { verifySecondFactor } from "@/features/second-factor/server";
import { STEP_UP_MINUTES } from "@/features/sign-in/domain/security-limits";
import { sessionIdFromAuth } from "@/features/sign-in/server/config";
import { createSession } from "@/features/sign-in/server/session-store";
import { stepUpNeeded } from "@/features/sign-in/server/step-up";
import { db } from "@/platform/db";
import { createUser } from "../support/factories";
import { enrolledInApp, form, sessionWithProof } from "../support/step-up";
import { thrownBy } from "../support/thrown-by";
import { totpCodeAt } from "../support/totp";

// The guards read the cookie through sessionIdFromAuth(); here it returns whichever session id the
// test puts in the "cookie", and everything behind it (the AuthSession row and its strongAuthAt) is real.
vi.mock("@/features/sign-in/server/config", () => ({ sessionIdFromAuth: vi.fn(), signOut: vi.fn() }));
const cookie = vi.mocked(sessionIdFromAuth);

const MINUTE = 60_000;
const STEP_UP = STEP_UP_MINUTES * MINUTE;

/** Signs `userId` in with a session whose last strong proof was `proofAge` ms ago, or never. */
async function signedIn(userId: string, proofAge: number | null): Promise<string> {
  const sessionId = await sessionWithProof(userId, proofAge);
  cookie.mockResolvedValue(sessionId);
  return sessionId;
}

const strongAuthAtOf = async (sessionId: string) =>
  (await db.authSession.findUniqueOrThrow({ where: { id: sessionId }, select: { strongAuthAt: true } }))
    .strongAuthAt;

beforeEach(() => cookie.mockReset());

describe("stepUpNeeded", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  const ago = (ms: number) => ({ strongAuthAt: new Date(now.getTime() - ms) });

  it(`asks for a new proof without one, and when the last is ${STEP_UP_MINUTES} minutes old or older`, () => {
    expect(stepUpNeeded({ strongAuthAt: null }, now)).toBe(true);
    expect(stepUpNeeded(ago(0), now)).toBe(false);
    expect(stepUpNeeded(ago(STEP_UP - 1_000), now)).toBe(false);
    expect(stepUpNeeded(ago(STEP_UP), now)).toBe(true);
    expect(stepUpNeeded(ago(STEP_UP + 1_000), now)).toBe(true);
  });
});

describe("the step-up page's code", () => {
  it("a current app code records the proof on this session, audits it and goes back to the return path", async () => {
    const { user, secret } = await enrolledInApp("CUSTOMER");
    const sessionId = await signedIn(user.id, null);
    const other = (await createSession(user.id)).sessionId;
    const code = totpCodeAt(secret, new Date());

    const went = await thrownBy(
      confirmIdentityWithCodeAction(null, form({ code, tilbake: "/min-side/profil" })),
    );
    expect(went).toContain(";/min-side/profil;");
    expect(stepUpNeeded({ strongAuthAt: await strongAuthAtOf(sessionId) })).toBe(false);
    // Only the session that gave the code.
    expect(await strongAuthAtOf(other)).toBeNull();
    const audit = await db.auditLog.findMany({
      where: { action: "auth.step-up.success", targetId: sessionId },
      select: { actorUserId: true, metadata: true },
    });
    expect(audit).toEqual([{ actorUserId: user.id, metadata: { method: "totp" } }]);

    // The same code again proves nothing: the time step is spent.
    await db.authSession.update({ where: { id: sessionId }, data: { strongAuthAt: null } });
    expect(await confirmIdentityWithCodeAction(null, form({ code, tilbake: "/min-side" }))).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining("allerede brukt")] },
    });
    expect(await strongAuthAtOf(sessionId)).toBeNull();
  });

  it("a recovery code is refused and stays unused; a wrong code is refused; the return path is kept safe", async () => {
    const { user, secret, recoveryCodes } = await enrolledInApp("CUSTOMER");
    const sessionId = await signedIn(user.id, null);
    const unused = () => db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
    const before = await unused();

    expect(await confirmIdentityWithCodeAction(null, form({ code: recoveryCodes[0] ?? "" }))).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining("gjenopprettingskode kan ikke brukes")] },
    });
    const now = Date.now();
    const valid = new Set([-1, 0, 1].map((step) => totpCodeAt(secret, new Date(now + step * 30_000))));
    const wrong = ["000000", "111111", "222222"].find((code) => !valid.has(code)) ?? "333333";
    expect(await confirmIdentityWithCodeAction(null, form({ code: wrong }))).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining("stemmer ikke")] },
    });
    expect(await strongAuthAtOf(sessionId)).toBeNull();
    expect(await unused()).toBe(before);

    // Another site, or the step-up page itself, is no place to go back to: home instead.
    const code = totpCodeAt(secret, new Date());
    const went = await thrownBy(
      confirmIdentityWithCodeAction(null, form({ code, tilbake: "//evil.example/min-side" })),
    );
    expect(went).toContain(";/min-side;");
  });

  it("staff step up with their app too", async () => {
    const { user, secret } = await enrolledInApp("SUPPORT");
    const sessionId = await signedIn(user.id, null);
    const went = await thrownBy(
      confirmIdentityWithCodeAction(null, form({ code: totpCodeAt(secret, new Date()) })),
    );
    expect(went).toContain(";/admin;");
    expect(await strongAuthAtOf(sessionId)).not.toBeNull();
  });

  it("a customer without the app cannot step up with a code", async () => {
    const user = await createUser();
    const sessionId = await signedIn(user.id, null);
    expect(await confirmIdentityWithCodeAction(null, form({ code: "123456" }))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("BankID"),
    });
    expect(await strongAuthAtOf(sessionId)).toBeNull();
  });
});

describe("the second factor at sign-in", () => {
  it("an app code is a strong proof for step-up; a recovery code passes the second factor but is not one", async () => {
    const { user, secret, recoveryCodes } = await enrolledInApp("SUPPORT");
    const byRecovery = await createSession(user.id);
    const check = await verifySecondFactor(
      { userId: user.id, ...byRecovery },
      // Read as the code form reads what is typed into it.
      ZSecondFactorCode.parse(recoveryCodes[0]),
    );
    expect(check).toEqual({ ok: true });
    expect(await strongAuthAtOf(byRecovery.sessionId)).toBeNull();

    const byApp = await createSession(user.id);
    const code = totpCodeAt(secret, new Date());
    expect(await verifySecondFactor({ userId: user.id, ...byApp }, { method: "totp", code })).toEqual({
      ok: true,
    });
    expect(await strongAuthAtOf(byApp.sessionId)).not.toBeNull();
  });
});

describe("downloads of the customer's data", () => {
  const downloads = [
    ["the access copy as JSON", accessCopyJson, "%2Fmin-side%2Fpersonvern%23innsyn"],
    ["the portability ZIP", portabilityZip, "%2Fmin-side%2Fpersonvern%23dataportabilitet"],
  ] as const;

  for (const [name, get, back] of downloads) {
    it(`${name}: a stale proof goes to the step-up page and back; a fresh one downloads`, async () => {
      const user = await createUser();
      await signedIn(user.id, null);
      expect(await thrownBy(get())).toContain(`;/bekreft-identitet?tilbake=${back};307;`);
      await signedIn(user.id, STEP_UP + 1_000);
      expect(await thrownBy(get())).toContain("/bekreft-identitet?");

      await signedIn(user.id, STEP_UP - MINUTE);
      const response = await get();
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain("attachment");
      await response.body?.cancel();
    });
  }

  it("signed out is still 401 and staff still 404, not a step-up", async () => {
    cookie.mockResolvedValue(null);
    expect((await accessCopyJson()).status).toBe(401);
    const staff = await createUser({ role: "ADMIN" });
    await signedIn(staff.id, null);
    expect((await portabilityZip()).status).toBe(404);
  });
});

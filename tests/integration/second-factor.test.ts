import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  RECOVERY_CODE_COUNT,
  SECOND_FACTOR_ATTEMPTS,
  type SecondFactorCode,
  TOTP_ENROLMENT_MINUTES,
} from "@/features/second-factor/domain/second-factor";
import {
  confirmTotpEnrolment,
  disableSecondFactor,
  getSecondFactorStatus,
  resetSecondFactor,
  startTotpEnrolment,
  verifySecondFactor,
} from "@/features/second-factor/server";
import { SECOND_FACTOR_RULE } from "@/features/second-factor/server/code-attempts";
import { requirePendingSecondFactor } from "@/features/second-factor/server/second-factor-gate";
import { sessionIdFromAuth } from "@/features/sign-in/server/config";
import { getSession, getSessionUser, requireCustomer, requireStaff } from "@/features/sign-in/server/guards";
import { changePassword, PASSWORD_CHANGE_RULE } from "@/features/sign-in/server/password-change";
import { createSession, findActiveSession } from "@/features/sign-in/server/session-store";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { asText } from "../support/as-text";
import { createUser, PASSWORD } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";
import { thrownBy } from "../support/thrown-by";
import { totpCodeAt } from "../support/totp";

// The guards read the cookie through sessionIdFromAuth(); here it returns whichever session id the
// test puts in the "cookie", and everything behind it is real.
vi.mock("@/features/sign-in/server/config", () => ({ sessionIdFromAuth: vi.fn() }));
const cookie = vi.mocked(sessionIdFromAuth);

const mailSink = localMailSinkForFile();

const STEP_MS = 30_000;
/** The start of a time step, so that "one step later" is unambiguous. */
const T0 = new Date(Math.floor(Date.now() / STEP_MS) * STEP_MS);
const at = (steps: number, from = T0) => new Date(from.getTime() + steps * STEP_MS);

/** A six-digit code that is not valid within the window around `now`. */
function wrongCode(secret: string, now: Date): string {
  const valid = new Set([-1, 0, 1].map((steps) => totpCodeAt(secret, at(steps, now))));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

/** What the set-up form sends: the code, and the password a customer must give with it. */
const withPassword = (code: string) => ({ code, currentPassword: PASSWORD });
const app = (code: string): SecondFactorCode => ({ method: "totp", code });
const recovery = (code: string): SecondFactorCode => ({ method: "recovery-code", code });

async function startedEnrolment(role: Role) {
  const user = await createUser({ role });
  const session = { userId: user.id, ...(await createSession(user.id, T0)) };
  const started = await startTotpEnrolment(session, T0);
  if (!started.ok) throw new Error("enrolment did not start");
  return { user, session, secret: started.secret };
}

/** A user whose app was set up at T0, in a session that used T0's code. */
async function enrolled(role: Role = "SUPPORT") {
  const { user, session, secret } = await startedEnrolment(role);
  const confirmed = await confirmTotpEnrolment(session, withPassword(totpCodeAt(secret, T0)), T0);
  if (!confirmed.ok) throw new Error("enrolment was not confirmed");
  return { user, session, secret, recoveryCodes: confirmed.recoveryCodes };
}

async function newSession(userId: string, now = T0) {
  return { userId, ...(await createSession(userId, now)) };
}

async function pendingOf(sessionId: string, now = T0) {
  return (await findActiveSession(sessionId, now))?.pendingSecondFactor;
}

describe("setting up the authenticator app", () => {
  it("staff without an app must set one up; the secret stays the same in this session until confirmed and is stored encrypted", async () => {
    const { user, session, secret } = await startedEnrolment("SUPPORT");
    expect(await pendingOf(session.sessionId)).toBe("enrolment");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // Another tab of the same session, or a reload, shows the QR code already scanned.
    const again = await startTotpEnrolment(session, at(1));
    expect(again).toMatchObject({ ok: true, secret });
    if (!again.ok) return;
    expect(again.uri).toMatch(/^otpauth:\/\/totp\/Klarkraft:/);
    expect(again.uri).toContain(`secret=${secret}`);
    expect(again.uri).toContain("period=30");
    expect(again.uri).toContain("digits=6");

    const stored = await db.totpCredential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.secretCiphertext).toMatch(/^v1\./);
    expect(stored.secretCiphertext).not.toContain(secret);
    expect(stored.confirmedAt).toBeNull();
    expect(
      await db.auditLog.count({
        where: { action: "auth.second-factor.enrolment-started", targetId: user.id },
      }),
    ).toBe(1);
  });

  it("a wrong code changes nothing; the right one turns it on, completes this session and gives single-use recovery codes", async () => {
    const { user, session, secret } = await startedEnrolment("ADMIN");
    const wrong = wrongCode(secret, T0);
    expect(await confirmTotpEnrolment(session, withPassword(wrong), T0)).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await pendingOf(session.sessionId)).toBe("enrolment");

    const confirmed = await confirmTotpEnrolment(session, withPassword(totpCodeAt(secret, T0)), T0);
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(confirmed.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(confirmed.recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of confirmed.recoveryCodes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);

    expect(await pendingOf(session.sessionId)).toBeNull();
    const later = await newSession(user.id);
    expect(await pendingOf(later.sessionId)).toBe("code");
    expect(await confirmTotpEnrolment(later, withPassword(totpCodeAt(secret, at(1))), at(1))).toEqual({
      ok: false,
      reason: "already-enrolled",
    });
    expect(await startTotpEnrolment(later)).toEqual({ ok: false, reason: "already-enrolled" });

    const hashes = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(hashes).toHaveLength(RECOVERY_CODE_COUNT);
    const stored = asText(hashes) + asText(await db.totpCredential.findMany({ where: { userId: user.id } }));
    for (const code of confirmed.recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace("-", ""));
    }
    const audit = await db.auditLog.findMany({ where: { targetId: user.id } });
    expect(audit.map((row) => row.action)).toContain("auth.second-factor.enabled");
    expect(audit.find((row) => row.action === "auth.second-factor.failure")?.metadata).toEqual({
      purpose: "enrolment",
      method: "totp",
      reason: "wrong-code",
    });
    expect(asText(audit)).not.toContain(secret);
    expect(asText(audit)).not.toContain(wrong);
  });
});

describe("a secret waiting to be confirmed", () => {
  it("is the setting-up session's alone: a secret saved by another session (a stolen password) never becomes the customer's", async () => {
    const user = await createUser();
    // The attacker signs in with the password and opens set-up, but does not confirm.
    const attacker = await newSession(user.id);
    const seen = await startTotpEnrolment(attacker, T0);
    if (!seen.ok) throw new Error("enrolment did not start");

    // Weeks later the customer turns it on in their own session: a new secret, a new QR code.
    const later = at(60_000);
    const customer = await newSession(user.id, later);
    const shown = await startTotpEnrolment(customer, later);
    if (!shown.ok) throw new Error("enrolment did not start");
    expect(shown.secret).not.toBe(seen.secret);
    expect(shown.uri).not.toContain(seen.secret);

    // Neither the attacker's secret nor the attacker's session can turn it on.
    expect(await confirmTotpEnrolment(customer, withPassword(totpCodeAt(seen.secret, later)), later)).toEqual(
      {
        ok: false,
        reason: "wrong-code",
      },
    );
    expect(await confirmTotpEnrolment(attacker, withPassword(totpCodeAt(seen.secret, later)), later)).toEqual(
      {
        ok: false,
        reason: "not-started",
      },
    );
    expect(
      await confirmTotpEnrolment(attacker, withPassword(totpCodeAt(shown.secret, later)), later),
    ).toEqual({
      ok: false,
      reason: "not-started",
    });
    expect(await getSecondFactorStatus(user.id)).toMatchObject({ enabledAt: null });

    const confirmed = await confirmTotpEnrolment(
      customer,
      withPassword(totpCodeAt(shown.secret, at(1, later))),
      at(1, later),
    );
    expect(confirmed.ok).toBe(true);
    // The attacker's copy gives no codes that sign in.
    const next = at(2, later);
    expect(
      await verifySecondFactor(await newSession(user.id, next), app(totpCodeAt(seen.secret, next)), next),
    ).toEqual({ ok: false, reason: "wrong-code" });
    const stored = await db.totpCredential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.enrolmentSessionId).toBeNull();
  });

  it("staff not yet set up: a second session gets its own secret, and the first can no longer confirm its own", async () => {
    const { user, session: first, secret } = await startedEnrolment("SUPPORT");
    const second = await newSession(user.id, at(1));
    const other = await startTotpEnrolment(second, at(1));
    if (!other.ok) throw new Error("enrolment did not start");
    expect(other.secret).not.toBe(secret);
    // The first session's page is stale: reload, and it is that session's turn to replace the secret.
    expect(await confirmTotpEnrolment(first, withPassword(totpCodeAt(secret, at(1))), at(1))).toEqual({
      ok: false,
      reason: "not-started",
    });
    expect(await pendingOf(first.sessionId, at(1))).toBe("enrolment");
    expect(
      await db.auditLog.findMany({
        where: { action: "auth.second-factor.enrolment-started", targetId: user.id },
        select: { metadata: true },
        orderBy: { at: "asc" },
      }),
    ).toEqual([{ metadata: { replacedUnconfirmed: false } }, { metadata: { replacedUnconfirmed: true } }]);
  });

  it("two tabs of one session opening set-up at once share one secret; two sessions at once never share one", async () => {
    const user = await createUser();
    const session = await newSession(user.id);
    const tabs = await Promise.all([startTotpEnrolment(session, T0), startTotpEnrolment(session, T0)]);
    expect(tabs[0]).toMatchObject({ ok: true });
    expect(tabs[1]).toEqual(tabs[0]);

    const [a, b] = await Promise.all([newSession(user.id), newSession(user.id)]);
    const both = await Promise.all([startTotpEnrolment(a, T0), startTotpEnrolment(b, T0)]);
    const secrets = both.map((started) => (started.ok ? started.secret : null));
    expect(new Set([...secrets, tabs[0]?.ok && tabs[0].secret]).size).toBe(3);
  });

  it(`lasts ${TOTP_ENROLMENT_MINUTES} minutes, even in the session that was shown it`, async () => {
    const { session, secret } = await startedEnrolment("CUSTOMER");
    const expiry = new Date(T0.getTime() + TOTP_ENROLMENT_MINUTES * 60_000);
    expect(await confirmTotpEnrolment(session, withPassword(totpCodeAt(secret, expiry)), expiry)).toEqual({
      ok: false,
      reason: "not-started",
    });
    const restarted = await startTotpEnrolment(session, expiry);
    if (!restarted.ok) throw new Error("enrolment did not start");
    expect(restarted.secret).not.toBe(secret);
    expect(
      await confirmTotpEnrolment(session, withPassword(totpCodeAt(restarted.secret, expiry)), expiry),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("the code step after the password", () => {
  it("a right code completes the session; the same code, or an older one, never works again (replay)", async () => {
    const { user, secret } = await enrolled();
    const first = await newSession(user.id, at(1));
    expect(await verifySecondFactor(first, app(totpCodeAt(secret, at(1))), at(1))).toEqual({ ok: true });
    expect(await pendingOf(first.sessionId, at(1))).toBeNull();

    const second = await newSession(user.id, at(1));
    expect(await verifySecondFactor(second, app(totpCodeAt(secret, at(1))), at(1))).toEqual({
      ok: false,
      reason: "code-used",
    });
    // T0's code was used to confirm the app: it is within the window but spent.
    expect(await verifySecondFactor(second, app(totpCodeAt(secret, T0)), at(1))).toEqual({
      ok: false,
      reason: "code-used",
    });
    expect(await pendingOf(second.sessionId, at(1))).toBe("code");
    expect(await verifySecondFactor(second, app(totpCodeAt(secret, at(2))), at(2))).toEqual({ ok: true });

    const success = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.second-factor.success", targetId: first.sessionId },
    });
    expect(success.actorUserId).toBe(user.id);
    expect(success.metadata).toEqual({ method: "totp", recoveryCodesLeft: null });
  });

  it("accepts a code one time step either side of the server's clock, not two", async () => {
    const { user, secret } = await enrolled();
    const now = at(10);
    const session = await newSession(user.id, now);
    expect(await verifySecondFactor(session, app(totpCodeAt(secret, at(-2, now))), now)).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await verifySecondFactor(session, app(totpCodeAt(secret, at(2, now))), now)).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await verifySecondFactor(session, app(totpCodeAt(secret, at(-1, now))), now)).toEqual({
      ok: true,
    });

    const other = await newSession(user.id, now);
    expect(await verifySecondFactor(other, app(totpCodeAt(secret, at(1, now))), now)).toEqual({ ok: true });
  });

  it("code attempts are limited per account across sessions; a right code starts the count again", async () => {
    const { user, secret } = await enrolled();
    const now = at(1);
    const wrong = app(wrongCode(secret, now));
    // Four misses, then the right code: the count starts over.
    for (let i = 0; i < SECOND_FACTOR_RULE.limit - 1; i++) {
      expect(await verifySecondFactor(await newSession(user.id, now), wrong, now)).toEqual({
        ok: false,
        reason: "wrong-code",
      });
    }
    expect(
      await verifySecondFactor(await newSession(user.id, now), app(totpCodeAt(secret, now)), now),
    ).toEqual({
      ok: true,
    });

    // A full run of misses, each from a new session, pauses every check, even of the right code.
    for (let i = 0; i < SECOND_FACTOR_RULE.limit; i++) {
      await verifySecondFactor(await newSession(user.id, now), wrong, now);
    }
    const session = await newSession(user.id, now);
    const next = at(1, now);
    expect(await verifySecondFactor(session, app(totpCodeAt(secret, next)), next)).toEqual({
      ok: false,
      reason: "too-many-attempts",
    });
    expect(await pendingOf(session.sessionId, next)).toBe("code");
    expect(
      await db.auditLog.count({
        where: {
          action: "auth.second-factor.failure",
          targetId: user.id,
          metadata: { path: ["reason"], equals: "too-many-attempts" },
        },
      }),
    ).toBe(1);

    const afterWindow = new Date(now.getTime() + SECOND_FACTOR_ATTEMPTS.windowMinutes * 60_000);
    expect(await verifySecondFactor(session, app(totpCodeAt(secret, afterWindow)), afterWindow)).toEqual({
      ok: true,
    });
  });

  it("a recovery code works once, however it is typed", async () => {
    const { user, recoveryCodes } = await enrolled("ADMIN");
    const [code = ""] = recoveryCodes;
    const session = await newSession(user.id, at(1));
    expect(await verifySecondFactor(session, recovery(code.replace("-", "")), at(1))).toEqual({ ok: true });
    expect(await pendingOf(session.sessionId, at(1))).toBeNull();
    expect(await getSecondFactorStatus(user.id)).toMatchObject({
      recoveryCodesLeft: RECOVERY_CODE_COUNT - 1,
    });

    const again = await newSession(user.id, at(1));
    expect(await verifySecondFactor(again, recovery(code.replace("-", "")), at(1))).toEqual({
      ok: false,
      reason: "code-used",
    });
    expect(await verifySecondFactor(again, recovery("0000000000"), at(1))).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    // Another user's code is no code of this user.
    const other = await enrolled("ADMIN");
    const [othersCode = ""] = other.recoveryCodes;
    expect(await verifySecondFactor(again, recovery(othersCode.replace("-", "")), at(1))).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    const success = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.second-factor.success", targetId: session.sessionId },
    });
    expect(success.metadata).toEqual({ method: "recovery-code", recoveryCodesLeft: RECOVERY_CODE_COUNT - 1 });
  });
});

describe("customers opt in and out", () => {
  it("a customer has no second factor until they turn it on; then every other session asks for a code", async () => {
    const user = await createUser();
    const here = await newSession(user.id);
    const elsewhere = await newSession(user.id);
    expect(await pendingOf(here.sessionId)).toBeNull();

    const started = await startTotpEnrolment(here, T0);
    if (!started.ok) throw new Error("enrolment did not start");
    expect(await pendingOf(here.sessionId)).toBeNull();
    const confirmed = await confirmTotpEnrolment(here, withPassword(totpCodeAt(started.secret, T0)), T0);
    expect(confirmed.ok).toBe(true);

    expect(await pendingOf(here.sessionId)).toBeNull();
    expect(await pendingOf(elsewhere.sessionId)).toBe("code");
  });

  it("turning it on takes the password too: a borrowed session without it cannot, and guesses are throttled with password changes", async () => {
    const { user, session, secret } = await startedEnrolment("CUSTOMER");
    const code = totpCodeAt(secret, T0);
    expect(await confirmTotpEnrolment(session, { code, currentPassword: "feil passord" }, T0)).toEqual({
      ok: false,
      reason: "wrong-password",
    });
    expect(await confirmTotpEnrolment(session, { code }, T0)).toEqual({
      ok: false,
      reason: "wrong-password",
    });
    expect(await getSecondFactorStatus(user.id)).toEqual({ enabledAt: null, recoveryCodesLeft: 0 });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);

    // The tries count against the password-change limit, shared with "Bytt passord".
    for (let i = 2; i < PASSWORD_CHANGE_RULE.limit; i++) {
      await confirmTotpEnrolment(session, { code, currentPassword: `gjett-${i}` }, T0);
    }
    expect(await confirmTotpEnrolment(session, withPassword(code), T0)).toEqual({
      ok: false,
      reason: "too-many-password-attempts",
    });
    expect(
      await changePassword(
        user.id,
        { proof: { currentPassword: PASSWORD }, newPassword: "Et nytt langt passord" },
        { now: T0, mail: { smtpUrl: "smtp://127.0.0.1:9" } },
      ),
    ).toEqual({ ok: false, reason: "too-many-attempts" });

    // The wrong passwords used up no code attempts: once the pause is over, password and code turn it on.
    const afterPause = new Date(T0.getTime() + PASSWORD_CHANGE_RULE.windowMs);
    expect(
      await confirmTotpEnrolment(session, withPassword(totpCodeAt(secret, afterPause)), afterPause),
    ).toMatchObject({ ok: true });
  });

  it("turning it off takes a current code and signs out sessions still waiting for one; staff cannot", async () => {
    const { user, session, secret, recoveryCodes } = await enrolled("CUSTOMER");
    const waiting = await newSession(user.id, at(1));
    expect(await disableSecondFactor(session, app(wrongCode(secret, at(1))), at(1))).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await getSecondFactorStatus(user.id)).toMatchObject({ enabledAt: T0 });

    expect(
      await disableSecondFactor(session, recovery((recoveryCodes[3] ?? "").replace("-", "")), at(1)),
    ).toEqual({
      ok: true,
    });
    expect(await getSecondFactorStatus(user.id)).toEqual({ enabledAt: null, recoveryCodesLeft: 0 });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await findActiveSession(waiting.sessionId, at(1))).toBeNull();
    expect(await pendingOf(session.sessionId, at(1))).toBeNull();
    expect(await disableSecondFactor(session, app(totpCodeAt(secret, at(2))), at(2))).toEqual({
      ok: false,
      reason: "not-enrolled",
    });

    const staff = await enrolled("SUPPORT");
    expect(await disableSecondFactor(staff.session, app(totpCodeAt(staff.secret, at(1))), at(1))).toEqual({
      ok: false,
      reason: "required-for-staff",
    });
  });
});

describe("an administrator's reset", () => {
  it("removes the app and the recovery codes, signs the user out everywhere, and is audited without secrets", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { user, secret, recoveryCodes } = await enrolled("SUPPORT");
    await newSession(user.id);
    const bystander = await enrolled("SUPPORT");

    const result = await resetSecondFactor({ userId: admin.id, role: "ADMIN" }, user.email, {
      mail: mailSink.mail,
    });
    expect(result).toEqual({ ok: true, sessionsRevoked: 2 });
    const [notice] = await readMailTo(mailSink.dir, user.email);
    expect(notice?.subject).toBe("Totrinnsinnloggingen din til Min side er nullstilt");
    expect(notice?.text).toContain("Var det ikke du som ba om dette?");
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.totpCredential.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await pendingOf(bystander.session.sessionId)).toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.second-factor.reset" } });
    expect(audit).toMatchObject({
      actorUserId: admin.id,
      actorRole: "ADMIN",
      targetType: "User",
      targetId: user.id,
      metadata: { targetRole: "SUPPORT", sessionsRevoked: 2, recoveryCodesDeleted: RECOVERY_CODE_COUNT },
    });
    expect(asText(audit)).not.toContain(secret);
    expect(asText(audit)).not.toContain(user.email);
    for (const code of recoveryCodes) expect(asText(audit)).not.toContain(code);

    // At the next sign-in the app is set up afresh, with a new secret.
    const next = await newSession(user.id);
    expect(await pendingOf(next.sessionId)).toBe("enrolment");
    const restarted = await startTotpEnrolment(next);
    expect(restarted.ok && restarted.secret).not.toBe(secret);
  });

  it("is for administrators only, never on their own account, and says when there is nothing to reset", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const support = await createUser({ role: "SUPPORT" });
    const customer = await enrolled("CUSTOMER");
    expect(await resetSecondFactor({ userId: admin.id, role: "ADMIN" }, admin.email)).toEqual({
      ok: false,
      reason: "own-account",
    });
    expect(await resetSecondFactor({ userId: admin.id, role: "ADMIN" }, "ingen@example.com")).toEqual({
      ok: false,
      reason: "no-account",
    });
    expect(await resetSecondFactor({ userId: admin.id, role: "ADMIN" }, support.email)).toEqual({
      ok: false,
      reason: "not-set-up",
    });
    await expect(
      resetSecondFactor({ userId: support.id, role: "SUPPORT" }, customer.user.email),
    ).rejects.toThrow();
    expect(await getSecondFactorStatus(customer.user.id)).toMatchObject({ enabledAt: T0 });

    expect(await resetSecondFactor({ userId: admin.id, role: "ADMIN" }, customer.user.email)).toEqual({
      ok: true,
      sessionsRevoked: 1,
    });
    // A customer without a second factor signs in with the password alone again.
    expect(await pendingOf((await newSession(customer.user.id)).sessionId)).toBeNull();
  });
});

describe("guards for a session still owing its second factor", () => {
  beforeEach(() => cookie.mockReset());

  it("opens nothing: staff go to set-up or the code page, customers to the code page, and no one is signed in", async () => {
    const fresh = await createUser({ role: "SUPPORT" });
    cookie.mockResolvedValue((await createSession(fresh.id)).sessionId);
    expect(await getSessionUser()).toBeNull();
    expect(await getSession()).toMatchObject({ userId: fresh.id, pendingSecondFactor: "enrolment" });
    expect(await thrownBy(requireStaff())).toContain("/logg-inn/totp-oppsett?tilbake=%2Fadmin");

    const { user, secret } = await enrolled("ADMIN");
    const session = await newSession(user.id);
    cookie.mockResolvedValue(session.sessionId);
    expect(await thrownBy(requireStaff("ADMIN"))).toContain("/logg-inn/kode?tilbake=%2Fadmin");
    expect(await thrownBy(requireCustomer())).toContain("404");
    expect(await requirePendingSecondFactor("code")).toEqual({
      sessionId: session.sessionId,
      userId: user.id,
      role: "ADMIN",
    });
    expect(await thrownBy(requirePendingSecondFactor("enrolment"))).toContain("/logg-inn/kode");

    await verifySecondFactor(session, app(totpCodeAt(secret, at(1))), at(1));
    expect(await requireStaff("ADMIN")).toMatchObject({ userId: user.id });
    expect(await thrownBy(requirePendingSecondFactor("code", "/admin/ansatte"))).toContain("/admin/ansatte");

    const customer = await enrolled("CUSTOMER");
    cookie.mockResolvedValue((await newSession(customer.user.id)).sessionId);
    expect(await thrownBy(requireCustomer("/min-side/profil"))).toContain(
      "/logg-inn/kode?tilbake=%2Fmin-side%2Fprofil",
    );
    expect(await thrownBy(requireStaff())).toContain("404");

    cookie.mockResolvedValue(null);
    expect(await thrownBy(requirePendingSecondFactor("code", "/admin"))).toContain(
      "/logg-inn?tilbake=%2Fadmin",
    );
  });
});

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/features/sign-in/server/authentication";
import {
  completePasswordReset,
  isResetTokenUsable,
  RESET_ACCOUNT_RULE,
  RESET_ACCOUNT_SOURCE_RULE,
  RESET_IP_RULE,
  RESET_LINK_PROTECTED_MS,
  RESET_TOKEN_TTL_MS,
  requestPasswordReset,
} from "@/features/sign-in/server/password-reset";
import { createSession, findActiveSession } from "@/features/sign-in/server/session-store";
import { db } from "@/platform/db";
import { asText } from "../support/as-text";
import { clientAddresses } from "../support/client-address";
import { createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo, waitForMailTo } from "../support/mail-inbox";

const OLD_PASSWORD = "Gammelt passord 2026";
const NEW_PASSWORD = "Et helt nytt passord 2026";

const sink = localMailSinkForFile();
const { mail } = sink;

const nextIp = clientAddresses("203.0.113");

/** Requests a link and reads the token out of the mail that actually arrived in the sink. */
async function requestLink(email: string, options: { now?: Date; ip?: string } = {}) {
  const before = new Date();
  await requestPasswordReset({ email, ip: options.ip ?? nextIp() }, { mail, now: options.now });
  const received = await waitForMailTo(sink.dir, email, { after: before, timeoutMs: 5_000 });
  const token = received.text.match(/\/glemt-passord\/ny\?token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no reset link in the mail");
  return token;
}

describe("Glemt passord", () => {
  it("P15: the emailed link sets a new password once; only a hash of the link and of the password is stored", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const token = await requestLink(user.email);

    const [received] = await readMailTo(sink.dir, user.email);
    expect(received?.subject).toBe("Lag nytt passord til Min side");
    expect(received?.html).toContain(`token=${token}`);
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const completedAt = new Date();
    expect(await completePasswordReset({ token, password: NEW_PASSWORD }, { mail })).toEqual({ ok: true });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain(NEW_PASSWORD);
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD, ip: nextIp() })).toMatchObject({
      ok: true,
    });
    expect(await authenticate({ email: user.email, password: OLD_PASSWORD, ip: nextIp() })).toEqual({
      ok: false,
    });

    expect(await isResetTokenUsable(token)).toBe(false);
    expect(await completePasswordReset({ token, password: "Enda et passord 2026" }, { mail })).toEqual({
      ok: false,
      reason: "invalid-token",
    });
    const notice = await waitForMailTo(sink.dir, user.email, { after: completedAt, timeoutMs: 5_000 });
    expect(notice.subject).toBe("Passordet ditt til Min side er endret");
  });

  it("two concurrent completions of the same link: exactly one succeeds", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const token = await requestLink(user.email);
    const results = await Promise.all([
      completePasswordReset({ token, password: "Første nye passord 1" }, { mail }),
      completePasswordReset({ token, password: "Andre nye passord 22" }, { mail }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await db.auditLog.count({ where: { action: "auth.password.reset.completed", targetId: user.id } }),
    ).toBe(1);
  });

  it("a link expires after 30 minutes", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const now = new Date();
    const token = await requestLink(user.email, { now });
    const expired = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
    expect(await isResetTokenUsable(token, new Date(expired.getTime() - 1))).toBe(true);
    expect(await isResetTokenUsable(token, expired)).toBe(false);
    expect(await completePasswordReset({ token, password: NEW_PASSWORD }, { mail, now: expired })).toEqual({
      ok: false,
      reason: "invalid-token",
    });
  });

  it("a new request invalidates earlier links older than 10 minutes", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const now = new Date();
    const first = await requestLink(user.email, { now });
    const afterProtection = new Date(now.getTime() + RESET_LINK_PROTECTED_MS);
    const second = await requestLink(user.email, { now: afterProtection });
    expect(second).not.toBe(first);
    expect(await isResetTokenUsable(first, afterProtection)).toBe(false);
    expect(
      await completePasswordReset({ token: second, password: NEW_PASSWORD }, { mail, now: afterProtection }),
    ).toEqual({
      ok: true,
    });
  });

  it("a stranger's request does not void the link the holder got minutes ago; using one ends the others", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const now = new Date();
    const holders = await requestLink(user.email, { now });
    const strangers = await requestLink(user.email, {
      now: new Date(now.getTime() + RESET_LINK_PROTECTED_MS - 60_000),
    });
    expect(await completePasswordReset({ token: holders, password: NEW_PASSWORD }, { mail })).toEqual({
      ok: true,
    });
    expect(await isResetTokenUsable(strangers)).toBe(false);
  });

  it("a password built from the user's own name is refused, and the link still works for a better one", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const token = await requestLink(user.email);
    // The factory's customer is "Test Kunde".
    expect(await completePasswordReset({ token, password: "Kunde-Bjørk-Fjell-77" }, { mail })).toEqual({
      ok: false,
      reason: "personal-password",
    });
    expect(await isResetTokenUsable(token)).toBe(true);
    expect(await completePasswordReset({ token, password: NEW_PASSWORD }, { mail })).toEqual({ ok: true });
  });

  it("completing a reset signs the user out everywhere and lifts a lock", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const sessions = [await createSession(user.id), await createSession(user.id)];
    await db.user.update({
      where: { id: user.id },
      data: {
        failedLoginCount: 5,
        lastFailedLoginAt: new Date(),
        lockedUntil: new Date(Date.now() + 600_000),
      },
    });
    const token = await requestLink(user.email);
    expect(await completePasswordReset({ token, password: NEW_PASSWORD }, { mail })).toEqual({ ok: true });

    for (const { sessionId } of sessions) expect(await findActiveSession(sessionId)).toBeNull();
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { failedLoginCount: true, lockedUntil: true },
      }),
    ).toEqual({ failedLoginCount: 0, lockedUntil: null });
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD, ip: nextIp() })).toMatchObject({
      ok: true,
    });
  });

  it("an unknown email gets no mail and no token, and the caller sees the same outcome", async () => {
    const known = await createUser({ password: OLD_PASSWORD });
    const unknown = `${randomUUID()}@example.com`;
    const outcomeKnown = await requestPasswordReset({ email: known.email, ip: nextIp() }, { mail });
    const outcomeUnknown = await requestPasswordReset({ email: unknown, ip: nextIp() }, { mail });
    expect(outcomeUnknown).toStrictEqual(outcomeKnown);
    expect(await readMailTo(sink.dir, unknown)).toEqual([]);
    expect(await readMailTo(sink.dir, known.email)).toHaveLength(1);
  });

  it("one address gets 3 links an hour for an account, all addresses together 10; the holder still gets one", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const now = new Date();
    const stranger = nextIp();
    for (let i = 0; i < RESET_ACCOUNT_SOURCE_RULE.limit + 5; i++) {
      await requestPasswordReset({ email: user.email, ip: stranger }, { mail, now });
    }
    expect(await readMailTo(sink.dir, user.email)).toHaveLength(RESET_ACCOUNT_SOURCE_RULE.limit);
    await requestPasswordReset({ email: user.email, ip: nextIp() }, { mail, now });
    expect(await readMailTo(sink.dir, user.email)).toHaveLength(RESET_ACCOUNT_SOURCE_RULE.limit + 1);

    for (let i = 0; i < RESET_ACCOUNT_RULE.limit; i++) {
      await requestPasswordReset({ email: user.email, ip: nextIp() }, { mail, now });
    }
    expect(await readMailTo(sink.dir, user.email)).toHaveLength(RESET_ACCOUNT_RULE.limit);
    // Past the limit, the holder still gets one link once no link is younger than 10 minutes.
    const afterProtection = new Date(now.getTime() + RESET_LINK_PROTECTED_MS + 1);
    await requestPasswordReset({ email: user.email, ip: nextIp() }, { mail, now: afterProtection });
    await requestPasswordReset({ email: user.email, ip: nextIp() }, { mail, now: afterProtection });
    expect(await readMailTo(sink.dir, user.email)).toHaveLength(RESET_ACCOUNT_RULE.limit + 1);
    const later = new Date(now.getTime() + RESET_ACCOUNT_RULE.windowMs);
    await requestPasswordReset({ email: user.email, ip: stranger }, { mail, now: later });
    expect(await readMailTo(sink.dir, user.email)).toHaveLength(RESET_ACCOUNT_RULE.limit + 2);

    const ip = nextIp();
    for (let i = 0; i < RESET_IP_RULE.limit; i++) {
      await requestPasswordReset({ email: `${randomUUID()}@example.com`, ip }, { mail, now });
    }
    const victim = await createUser({ password: OLD_PASSWORD });
    await requestPasswordReset({ email: victim.email, ip }, { mail, now });
    expect(await readMailTo(sink.dir, victim.email)).toEqual([]);
  });

  it("P20: reset audit rows name the account but hold no email, IP or token", async () => {
    const user = await createUser({ password: OLD_PASSWORD });
    const ip = nextIp();
    const before = new Date();
    await requestPasswordReset({ email: user.email, ip }, { mail });
    const received = await waitForMailTo(sink.dir, user.email, { after: before, timeoutMs: 5_000 });
    const token = received.text.match(/token=([A-Za-z0-9_-]{43})/)?.[1] ?? "";
    await completePasswordReset({ token, password: NEW_PASSWORD }, { mail });

    const rows = await db.auditLog.findMany({
      where: { targetId: user.id, action: { startsWith: "auth.password.reset" } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => r.action)).toEqual([
      "auth.password.reset.requested",
      "auth.password.reset.completed",
    ]);
    for (const row of rows) {
      for (const secret of [user.email, ip, token]) expect(asText(row)).not.toContain(secret);
    }
  });
});

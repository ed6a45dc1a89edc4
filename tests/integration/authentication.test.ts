import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { authenticate, LOGIN_IP_RULE, MAX_FAILED_LOGINS } from "@/server/services/authentication";
import { asText } from "../support/as-text";
import { clientAddresses } from "../support/client-address";
import { createUser, PASSWORD } from "../support/factories";

const MINUTE = 60_000;

const nextIp = clientAddresses("198.51.100");

const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);

describe("authenticate", () => {
  it("P15: the right password signs in and the login is audited without email or IP", async () => {
    const user = await createUser();
    const ip = nextIp();
    expect(await authenticate({ email: user.email, password: PASSWORD, ip })).toEqual({
      ok: true,
      userId: user.id,
      role: "CUSTOMER",
    });

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.login.success", actorUserId: user.id },
    });
    expect(audit.subjectCustomerId).toBe(user.customerId);
    expect(asText(audit)).not.toContain(user.email);
    expect(asText(audit)).not.toContain(ip);
  });

  it("matches the email case-insensitively and ignores surrounding spaces", async () => {
    const user = await createUser({ role: "SUPPORT" });
    const result = await authenticate({
      email: `  ${user.email.toUpperCase()} `,
      password: PASSWORD,
      ip: nextIp(),
    });
    expect(result).toEqual({ ok: true, userId: user.id, role: "SUPPORT" });
  });

  it("a wrong password and an unknown email fail in exactly the same way", async () => {
    const user = await createUser();
    const wrongPassword = await authenticate({ email: user.email, password: "feil passord", ip: nextIp() });
    const unknownEmail = await authenticate({
      email: "ingen-konto@example.com",
      password: PASSWORD,
      ip: nextIp(),
    });
    expect(wrongPassword).toEqual({ ok: false });
    expect(unknownEmail).toStrictEqual(wrongPassword);
  });

  it("10,000-character and non-string inputs are a failed login, not an exception", async () => {
    const ip = nextIp();
    await expect(
      authenticate({ email: `${"a".repeat(10_000)}@example.com`, password: "p".repeat(10_000), ip }),
    ).resolves.toEqual({ ok: false });
    await expect(authenticate({ email: undefined, password: { evil: true }, ip })).resolves.toEqual({
      ok: false,
    });
  });

  it("P20: a failed login is audited against the account, with no email, IP or password in the row", async () => {
    const user = await createUser();
    const ip = nextIp();
    await authenticate({ email: user.email, password: "feil passord", ip });

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.login.failure", targetId: user.id },
    });
    expect(audit).toMatchObject({
      actorUserId: null,
      actorRole: "ANONYMOUS",
      subjectCustomerId: user.customerId,
    });
    expect(audit.metadata).toEqual({ reason: "wrong_password" });
    for (const secret of [user.email, ip, "feil passord"]) expect(asText(audit)).not.toContain(secret);
  });

  it("five consecutive failures lock the account for 15 minutes, even against the right password", async () => {
    const user = await createUser();
    const ip = nextIp();
    const start = new Date();
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: user.email, password: `feil-${i}`, ip }, at(start, i))).toEqual({
        ok: false,
      });
    }
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lockedUntil: true } });
    expect(locked.lockedUntil).toEqual(at(start, 4 + 15));
    expect(await db.auditLog.count({ where: { action: "auth.account.locked", targetId: user.id } })).toBe(1);

    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, at(start, 5))).toEqual({
      ok: false,
    });
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, at(start, 18.9))).toEqual({
      ok: false,
    });
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, at(start, 19))).toMatchObject({
      ok: true,
    });

    const unlocked = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lockedUntil: true, failedLoginCount: true },
    });
    expect(unlocked).toEqual({ lockedUntil: null, failedLoginCount: 0 });
  });

  it("attempts while locked do not extend the lock", async () => {
    const user = await createUser();
    const ip = nextIp();
    const start = new Date();
    for (let i = 0; i < 5; i++) await authenticate({ email: user.email, password: "feil", ip }, start);
    for (let i = 1; i < 10; i++)
      await authenticate({ email: user.email, password: "feil", ip }, at(start, i));
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, at(start, 15))).toMatchObject({
      ok: true,
    });
  });

  it("a successful login resets the failure count", async () => {
    const user = await createUser();
    const ip = nextIp();
    const start = new Date();
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "feil", ip }, start);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, start)).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "feil", ip }, start);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, start)).toMatchObject({
      ok: true,
    });
  });

  it("a failure more than 15 minutes after the previous one starts the count over", async () => {
    const user = await createUser();
    const ip = nextIp();
    const start = new Date();
    for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "feil", ip }, start);
    await authenticate({ email: user.email, password: "feil", ip }, at(start, 16));
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { failedLoginCount: true, lockedUntil: true },
    });
    expect(row).toEqual({ failedLoginCount: 1, lockedUntil: null });
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, at(start, 16))).toMatchObject({
      ok: true,
    });
  });

  it("five concurrent wrong passwords are all counted and lock the account exactly once", async () => {
    const user = await createUser();
    const ip = nextIp();
    await Promise.all(
      Array.from({ length: MAX_FAILED_LOGINS }, () =>
        authenticate({ email: user.email, password: "feil", ip }),
      ),
    );
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { failedLoginCount: true, lockedUntil: true },
    });
    expect(row.failedLoginCount).toBe(MAX_FAILED_LOGINS);
    expect(row.lockedUntil).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.account.locked", targetId: user.id } })).toBe(1);
  });

  it("one IP gets 30 attempts per 15 minutes, then even the right password fails; other IPs are unaffected", async () => {
    const user = await createUser();
    const ip = nextIp();
    const start = new Date();
    for (let i = 0; i < LOGIN_IP_RULE.limit; i++) {
      await authenticate({ email: `ukjent-${i}@example.com`, password: "feil", ip }, start);
    }
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, at(start, 1))).toEqual({
      ok: false,
    });
    expect(
      await authenticate({ email: user.email, password: PASSWORD, ip: nextIp() }, at(start, 1)),
    ).toMatchObject({
      ok: true,
    });
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, at(start, 15))).toMatchObject({
      ok: true,
    });
  });
});

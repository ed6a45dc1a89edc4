import { describe, expect, it } from "vitest";
import {
  LOGIN_LOCK_MINUTES,
  MAX_FAILED_LOGINS,
  TRUSTED_DEVICE_DAYS,
} from "@/features/sign-in/domain/security-limits";
import { authenticate, LOGIN_IP_RULE } from "@/features/sign-in/server/authentication";
import { db } from "@/platform/db";
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
      deviceToken: expect.stringMatching(/^[\w-]{22}\.\d+\.[\w-]{43}$/),
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
    expect(result).toMatchObject({ ok: true, userId: user.id, role: "SUPPORT" });
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

  it("a browser that signed in before still gets in while strangers have locked the account", async () => {
    const user = await createUser();
    const start = new Date();
    const first = await authenticate({ email: user.email, password: PASSWORD, ip: nextIp() }, start);
    if (!first.ok) throw new Error("the first sign-in failed");

    const attacker = nextIp();
    for (let i = 0; i < MAX_FAILED_LOGINS + 3; i++) {
      await authenticate({ email: user.email, password: `gjett-${i}`, ip: attacker }, at(start, 1));
    }
    const stranger = await authenticate(
      { email: user.email, password: PASSWORD, ip: nextIp() },
      at(start, 2),
    );
    expect(stranger).toEqual({ ok: false });

    const holder = await authenticate(
      { email: user.email, password: PASSWORD, ip: nextIp(), deviceToken: first.deviceToken },
      at(start, 2),
    );
    expect(holder).toMatchObject({ ok: true, userId: user.id });
    // The holder signing in does not give the guesser a fresh set of attempts.
    const { lockedUntil } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lockedUntil: true },
    });
    expect(lockedUntil).toEqual(at(start, 1 + LOGIN_LOCK_MINUTES));
  });

  it("a device token works only for the account it was issued to, and a trusted browser that guesses locks itself out", async () => {
    const kari = await createUser();
    const ola = await createUser();
    const start = new Date();
    const signedIn = await authenticate({ email: kari.email, password: PASSWORD, ip: nextIp() }, start);
    if (!signedIn.ok) throw new Error("the first sign-in failed");
    const token = signedIn.deviceToken;

    // Kari's browser guessing Ola's password counts against Ola's unknown devices.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await authenticate({ email: ola.email, password: "gjett", ip: nextIp(), deviceToken: token }, start);
    }
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: ola.id }, select: { failedLoginCount: true } }))
        .failedLoginCount,
    ).toBe(MAX_FAILED_LOGINS);

    // A forged signature is no device token at all.
    const [nonce, issuedAt] = token.split(".");
    const forged = `${nonce}.${issuedAt}.${"A".repeat(43)}`;
    await authenticate({ email: kari.email, password: "gjett", ip: nextIp(), deviceToken: forged }, start);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: kari.id }, select: { failedLoginCount: true } }))
        .failedLoginCount,
    ).toBe(1);

    // Kari's own browser guessing wrong locks that browser only, for the lock time.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await authenticate({ email: kari.email, password: "feil", ip: nextIp(), deviceToken: token }, start);
    }
    const retry = { email: kari.email, password: PASSWORD, ip: nextIp(), deviceToken: token };
    expect(await authenticate(retry, at(start, 1))).toEqual({ ok: false });
    expect(await authenticate({ ...retry, deviceToken: undefined }, at(start, 1))).toMatchObject({
      ok: true,
    });
    expect(await authenticate(retry, at(start, LOGIN_LOCK_MINUTES))).toMatchObject({ ok: true });
  });

  it("twenty concurrent guesses from twenty addresses: only five are checked before unknown devices are locked out", async () => {
    const user = await createUser();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        authenticate({ email: user.email, password: i === 19 ? PASSWORD : `gjett-${i}`, ip: nextIp() }),
      ),
    );
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { failedLoginCount: true, lockedUntil: true },
    });
    const wrongPasswords = await db.auditLog.count({
      where: { targetId: user.id, metadata: { equals: { reason: "wrong_password" } } },
    });
    const succeeded = results.filter((r) => r.ok).length;
    // The right password may be among the first five (then it clears the count), or be refused.
    expect(wrongPasswords + succeeded).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
    if (succeeded === 0) {
      expect(row.failedLoginCount).toBe(MAX_FAILED_LOGINS);
      expect(row.lockedUntil).not.toBeNull();
    }
  });

  it("a browser's trust ends with a new password, and after 180 days", async () => {
    const user = await createUser();
    const start = new Date();
    const signedIn = await authenticate({ email: user.email, password: PASSWORD, ip: nextIp() }, start);
    if (!signedIn.ok) throw new Error("the first sign-in failed");
    const guess = (deviceToken: string, when: Date) =>
      authenticate({ email: user.email, password: "gjett", ip: nextIp(), deviceToken }, when);
    const strangerFailures = async () =>
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { failedLoginCount: true } }))
        .failedLoginCount;

    await guess(signedIn.deviceToken, at(start, 1));
    expect(await strangerFailures()).toBe(0);
    await guess(signedIn.deviceToken, at(start, TRUSTED_DEVICE_DAYS * 24 * 60));
    expect(await strangerFailures()).toBe(1);

    await db.user.update({ where: { id: user.id }, data: { passwordChangedAt: at(start, 2) } });
    await guess(signedIn.deviceToken, at(start, 3));
    expect(await strangerFailures()).toBe(2);
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

  it("a flood of throttled or locked-out attempts writes one audit row per source and window", async () => {
    const user = await createUser();
    const start = new Date();
    const flooder = nextIp();
    const failures = () => db.auditLog.count({ where: { action: "auth.login.failure" } });
    const throttled = () =>
      db.auditLog.count({
        where: { action: "auth.login.failure", metadata: { equals: { reason: "ip_throttled" } } },
      });
    for (let i = 0; i < LOGIN_IP_RULE.limit; i++) {
      await authenticate({ email: `ukjent-${i}@example.com`, password: "feil", ip: flooder }, start);
    }
    const beforeFlood = await failures();
    const throttledBefore = await throttled();
    for (let i = 0; i < 50; i++)
      await authenticate({ email: user.email, password: "feil", ip: flooder }, start);
    expect(await failures()).toBe(beforeFlood + 1);
    expect(await throttled()).toBe(throttledBefore + 1);
    // The next window gets its own row.
    for (let i = 0; i <= LOGIN_IP_RULE.limit; i++) {
      await authenticate({ email: `ukjent-${i}@example.com`, password: "feil", ip: flooder }, at(start, 15));
    }
    expect(await throttled()).toBe(throttledBefore + 2);

    // Locked out: the first refused attempt is audited, the following ones only counted.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await authenticate({ email: user.email, password: "feil", ip: nextIp() }, at(start, 20));
    }
    const lockedRows = () =>
      db.auditLog.count({ where: { targetId: user.id, metadata: { equals: { reason: "locked" } } } });
    for (let i = 0; i < 40; i++)
      await authenticate({ email: user.email, password: "feil", ip: nextIp() }, at(start, 21));
    expect(await lockedRows()).toBe(1);
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

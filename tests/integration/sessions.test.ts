import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_FAILED_LOGINS, SESSION_IDLE_MINUTES } from "@/features/sign-in/domain/security-limits";
import { authenticate } from "@/features/sign-in/server/authentication";
import { sessionIdFromAuth } from "@/features/sign-in/server/config";
import { requireCustomer, requireStaff } from "@/features/sign-in/server/guards";
import { changePassword, PASSWORD_CHANGE_RULE } from "@/features/sign-in/server/password-change";
import {
  createSession,
  findActiveSession,
  listActiveSessions,
  revokeSession,
  SESSION_LIFETIME_MS,
  signOutEverywhere,
} from "@/features/sign-in/server/session-store";
import { verifyPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { createUser, PASSWORD, secondFactorPassed } from "../support/factories";
import { thrownBy } from "../support/thrown-by";

// The guards read the cookie through next-auth's auth() (sessionIdFromAuth); here it returns whichever
// session id the test puts in the "cookie", and everything behind it (the AuthSession row) is real.
vi.mock("@/features/sign-in/server/config", () => ({ sessionIdFromAuth: vi.fn() }));
const cookie = vi.mocked(sessionIdFromAuth);

const MINUTE = 60_000;

// No mail sink here: the "password changed" mail fails to send, which must not undo the change.
const NO_MAIL = { mail: { smtpUrl: "smtp://127.0.0.1:9" } };

describe("sessions in PostgreSQL", () => {
  it("a session in use resolves to its user for 8 hours, and not after", async () => {
    const user = await createUser();
    const now = new Date();
    const { sessionId } = await createSession(user.id, now);
    expect(await findActiveSession(sessionId, now)).toEqual({
      sessionId,
      userId: user.id,
      role: "CUSTOMER",
      customerId: user.customerId,
      pendingSecondFactor: null,
      strongAuthAt: null,
      endsAt: new Date(now.getTime() + SESSION_IDLE_MINUTES.customer * MINUTE),
    });
    // Used every 20 minutes, so the idle limit never applies.
    const end = now.getTime() + SESSION_LIFETIME_MS;
    for (let t = now.getTime() + 20 * MINUTE; t < end; t += 20 * MINUTE) {
      expect(await findActiveSession(sessionId, new Date(t))).not.toBeNull();
    }
    // Near the end, the 8 hours end it sooner than the idle limit would.
    expect((await findActiveSession(sessionId, new Date(end - 1)))?.endsAt).toEqual(new Date(end));
    expect(await findActiveSession(sessionId, new Date(end))).toBeNull();
  });

  it("an idle session ends after 30 minutes for staff and 60 for customers; use keeps it alive", async () => {
    const customer = await createUser();
    const staff = await createUser({ role: "SUPPORT" });
    const now = new Date();
    const customerSession = await createSession(customer.id, now);
    const staffSession = await createSession(staff.id, now);
    const idle = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);

    expect(
      await findActiveSession(staffSession.sessionId, idle(SESSION_IDLE_MINUTES.staff - 1)),
    ).not.toBeNull();
    // Used at minute 29: the 30 minutes start over.
    expect(
      await findActiveSession(staffSession.sessionId, idle(2 * SESSION_IDLE_MINUTES.staff - 2)),
    ).not.toBeNull();
    expect(await findActiveSession(staffSession.sessionId, idle(3 * SESSION_IDLE_MINUTES.staff))).toBeNull();

    expect(
      await findActiveSession(customerSession.sessionId, idle(SESSION_IDLE_MINUTES.staff + 1)),
    ).not.toBeNull();
    expect(
      await findActiveSession(
        customerSession.sessionId,
        idle(SESSION_IDLE_MINUTES.staff + 1 + SESSION_IDLE_MINUTES.customer),
      ),
    ).toBeNull();
  });

  it("lists the user's own live sessions with device and activity, and signs out of all of them", async () => {
    const user = await createUser();
    const other = await createUser();
    const now = new Date();
    const phone = await createSession(user.id, now, "Safari på iPhone");
    const laptop = await createSession(user.id, new Date(now.getTime() - MINUTE), "Firefox på Windows");
    const stale = await createSession(
      user.id,
      new Date(now.getTime() - 2 * SESSION_IDLE_MINUTES.customer * MINUTE),
    );
    const theirs = await createSession(other.id, now);

    const listed = await listActiveSessions(
      { userId: user.id, sessionId: phone.sessionId, role: "CUSTOMER" },
      now,
    );
    expect(listed.map(({ id, deviceLabel, current }) => ({ id, deviceLabel, current }))).toEqual([
      { id: phone.sessionId, deviceLabel: "Safari på iPhone", current: true },
      { id: laptop.sessionId, deviceLabel: "Firefox på Windows", current: false },
    ]);
    expect(listed.map((s) => s.id)).not.toContain(stale.sessionId);

    expect(
      await signOutEverywhere({ userId: user.id, role: "CUSTOMER", customerId: user.customerId }),
    ).toEqual({
      ok: true,
      sessionsRevoked: 3,
    });
    expect(await findActiveSession(phone.sessionId)).toBeNull();
    expect(await findActiveSession(laptop.sessionId)).toBeNull();
    expect(await findActiveSession(theirs.sessionId)).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.logout.everywhere", targetId: user.id } })).toBe(
      1,
    );
  });

  it("a forged or unknown session id is simply no session", async () => {
    expect(await findActiveSession('\'; DROP TABLE "User"; --')).toBeNull();
    expect(await findActiveSession(randomUUID())).toBeNull();
  });

  it("logout deletes the row, so the same cookie is dead on every instance; audited once", async () => {
    const user = await createUser();
    const { sessionId } = await createSession(user.id);
    await revokeSession(sessionId);
    await revokeSession(sessionId);
    expect(await findActiveSession(sessionId)).toBeNull();
    expect(await db.authSession.count({ where: { id: sessionId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "auth.logout", targetId: sessionId } })).toBe(1);
  });

  it("a stranger locking the account by guessing does not end the holder's sessions", async () => {
    const user = await createUser();
    const { sessionId } = await createSession(user.id);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await authenticate({ email: user.email, password: "gjett", ip: `192.0.2.${200 + i}` });
    }
    const { lockedUntil } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lockedUntil: true },
    });
    expect(lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await findActiveSession(sessionId)).toMatchObject({ userId: user.id });
  });
});

describe("guards", () => {
  beforeEach(() => cookie.mockReset());

  it("requireCustomer sends a signed-out visitor to the login page with a safe return path", async () => {
    cookie.mockResolvedValue(null);
    expect(await thrownBy(requireCustomer("/min-side/forbruk?periode=uke"))).toContain(
      "/logg-inn?tilbake=%2Fmin-side%2Fforbruk%3Fperiode%3Duke",
    );
    expect(await thrownBy(requireCustomer("//evil.example/"))).toContain("/logg-inn?tilbake=%2Fmin-side;");
  });

  it("requireCustomer treats a revoked session as signed out", async () => {
    const user = await createUser();
    const { sessionId } = await createSession(user.id);
    await revokeSession(sessionId);
    cookie.mockResolvedValue(sessionId);
    expect(await thrownBy(requireCustomer())).toContain("/logg-inn?tilbake=%2Fmin-side");
  });

  it("requireCustomer returns the customer's own ids, and is a 404 for staff", async () => {
    const customer = await createUser();
    const { sessionId } = await createSession(customer.id);
    cookie.mockResolvedValue(sessionId);
    expect(await requireCustomer()).toEqual({
      sessionId,
      userId: customer.id,
      customerId: customer.customerId,
      role: "CUSTOMER",
      strongAuthAt: null,
    });

    const staff = await createUser({ role: "ADMIN" });
    cookie.mockResolvedValue((await secondFactorPassed(await createSession(staff.id))).sessionId);
    expect(await thrownBy(requireCustomer())).toContain("404");
  });

  it("requireStaff: signed out → login, customer → 404, SUPPORT is not ADMIN, ADMIN is SUPPORT", async () => {
    cookie.mockResolvedValue(null);
    expect(await thrownBy(requireStaff())).toContain("/logg-inn?tilbake=%2Fadmin");

    cookie.mockResolvedValue((await createSession((await createUser()).id)).sessionId);
    expect(await thrownBy(requireStaff())).toContain("404");

    const support = await createUser({ role: "SUPPORT" });
    cookie.mockResolvedValue((await secondFactorPassed(await createSession(support.id))).sessionId);
    expect(await requireStaff()).toMatchObject({ userId: support.id, role: "SUPPORT" });
    expect(await thrownBy(requireStaff("ADMIN"))).toContain("404");

    const admin = await createUser({ role: "ADMIN" });
    cookie.mockResolvedValue((await secondFactorPassed(await createSession(admin.id))).sessionId);
    expect(await requireStaff("SUPPORT")).toMatchObject({ userId: admin.id, role: "ADMIN" });
    expect(await requireStaff("ADMIN")).toMatchObject({ userId: admin.id, role: "ADMIN" });
  });
});

describe("Bytt passord", () => {
  it("P15: changing the password stores a new argon2id hash and signs the user out everywhere, not others", async () => {
    const user = await createUser();
    const other = await createUser();
    const mine = [await createSession(user.id), await createSession(user.id)];
    const theirs = await createSession(other.id);

    const result = await changePassword(
      user.id,
      { proof: { currentPassword: PASSWORD }, newPassword: "Et nytt langt passord" },
      NO_MAIL,
    );
    expect(result).toEqual({ ok: true });

    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain("Et nytt langt passord");
    expect(await verifyPassword(passwordHash, "Et nytt langt passord")).toBe(true);
    for (const { sessionId } of mine) expect(await findActiveSession(sessionId)).toBeNull();
    expect(await findActiveSession(theirs.sessionId)).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.password.changed", actorUserId: user.id },
    });
    expect(audit.metadata).toEqual({ sessionsRevoked: 2 });
  });

  it("a new password built from the user's own email or name is refused", async () => {
    const user = await createUser();
    const localPart = user.email.split("@")[0] ?? "";
    for (const newPassword of [`${localPart}-Fjell-Trikk`, "Bjørk-Fjell-KUNDE-77"]) {
      expect(
        await changePassword(user.id, { proof: { currentPassword: PASSWORD }, newPassword }, NO_MAIL),
      ).toEqual({
        ok: false,
        reason: "personal-password",
      });
    }
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(passwordHash, PASSWORD)).toBe(true);
  });

  it("P15: forgot the password? A BankID proof from the last 10 minutes stands for it; an older one does not", async () => {
    const user = await createUser();
    const now = new Date();
    const newPassword = "Nordlys over Lofoten i februar";
    const stale = new Date(now.getTime() - 10 * 60_000 - 1000);
    expect(
      await changePassword(user.id, { proof: { strongAuthAt: stale }, newPassword }, { ...NO_MAIL, now }),
    ).toEqual({ ok: false, reason: "step-up-needed" });
    expect(
      await changePassword(user.id, { proof: { strongAuthAt: null }, newPassword }, { ...NO_MAIL, now }),
    ).toEqual({ ok: false, reason: "step-up-needed" });
    const fresh = new Date(now.getTime() - 9 * 60_000);
    expect(
      await changePassword(
        user.id,
        { proof: { strongAuthAt: fresh }, newPassword: PASSWORD },
        { ...NO_MAIL, now },
      ),
    ).toEqual({ ok: false, reason: "same-as-current" });
    expect(
      await changePassword(user.id, { proof: { strongAuthAt: fresh }, newPassword }, { ...NO_MAIL, now }),
    ).toEqual({ ok: true });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(passwordHash, newPassword)).toBe(true);
  });

  it("a wrong current password, or the same password again, changes nothing", async () => {
    const user = await createUser();
    const { sessionId } = await createSession(user.id);
    const before = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });

    expect(
      await changePassword(
        user.id,
        { proof: { currentPassword: "feil passord" }, newPassword: "Et nytt langt passord" },
        NO_MAIL,
      ),
    ).toEqual({ ok: false, reason: "wrong-current-password" });
    expect(
      await changePassword(user.id, { proof: { currentPassword: PASSWORD }, newPassword: PASSWORD }, NO_MAIL),
    ).toEqual({
      ok: false,
      reason: "same-as-current",
    });

    expect(
      await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } }),
    ).toEqual(before);
    expect(await findActiveSession(sessionId)).not.toBeNull();
  });

  it("a hijacked session cannot guess the current password: attempts are limited", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 0; i < PASSWORD_CHANGE_RULE.limit; i++) {
      await changePassword(
        user.id,
        { proof: { currentPassword: `gjett-${i}` }, newPassword: "Et nytt langt passord" },
        { ...NO_MAIL, now },
      );
    }
    expect(
      await changePassword(
        user.id,
        { proof: { currentPassword: PASSWORD }, newPassword: "Et nytt langt passord" },
        { ...NO_MAIL, now },
      ),
    ).toEqual({ ok: false, reason: "too-many-attempts" });
  });
});

import { describe, expect, it } from "vitest";
import { authenticate } from "@/features/sign-in/server/authentication";
import { completePasswordReset, requestPasswordReset } from "@/features/sign-in/server/password-reset";
import { createSession, findActiveSession } from "@/features/sign-in/server/session-store";
import {
  createStaff,
  deactivateStaff,
  listStaff,
  reactivateStaff,
} from "@/features/staff/server/staff-accounts";
import { db } from "@/platform/db";
import { asText } from "../support/as-text";
import { clientAddresses } from "../support/client-address";
import { createUser, PASSWORD } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { waitForMailTo } from "../support/mail-inbox";

const NEW_PASSWORD = "Et helt nytt passord 2026";
const nextIp = clientAddresses("192.0.2");

const sink = localMailSinkForFile();
const { mail } = sink;

let sequence = 0;
const newEmail = () => `ny.ansatt${++sequence}@example.com`;

async function newAdmin() {
  const user = await createUser({ role: "ADMIN" });
  return { ...user, session: { userId: user.id, role: "ADMIN" as const } };
}

async function auditRows(targetId: string) {
  return db.auditLog.findMany({ where: { targetId }, orderBy: { at: "asc" } });
}

describe("staff accounts", () => {
  it("an administrator adds a staff member, who gets a set-password link by mail and no usable password", async () => {
    const admin = await newAdmin();
    const email = newEmail();
    const before = new Date();
    const created = await createStaff(
      admin.session,
      { email, displayName: "Nora Ny", role: "SUPPORT" },
      { mail },
    );
    expect(created).toEqual({ ok: true, userId: expect.any(String), setPasswordLink: null });
    if (!created.ok) return;

    const received = await waitForMailTo(sink.dir, email, { after: before, timeoutMs: 5_000 });
    const token = received.text.match(/\/glemt-passord\/ny\?token=([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    expect(await completePasswordReset({ token: token ?? "", password: NEW_PASSWORD }, { mail })).toEqual({
      ok: true,
    });
    expect(await authenticate({ email, password: NEW_PASSWORD, ip: nextIp() })).toMatchObject({
      ok: true,
      role: "SUPPORT",
    });

    const listed = await listStaff(admin.session);
    expect(listed).toContainEqual({
      id: created.userId,
      email,
      displayName: "Nora Ny",
      role: "SUPPORT",
      secondFactorEnabledAt: null,
      deactivatedAt: null,
    });
    expect(listed.every((member) => member.role !== ("CUSTOMER" as string))).toBe(true);

    const rows = await auditRows(created.userId);
    expect(rows[0]).toMatchObject({ action: "staff.created", actorUserId: admin.id, actorRole: "ADMIN" });
    expect(asText(rows)).not.toContain(email);
    expect(asText(rows)).not.toContain("Nora");
  });

  it("the command's SYSTEM creation returns the link instead of mailing it, audited as SYSTEM", async () => {
    const email = newEmail();
    const created = await createStaff(
      "SYSTEM",
      { email, displayName: "Første Admin", role: "ADMIN" },
      { deliver: "return" },
    );
    expect(created).toMatchObject({ ok: true, setPasswordLink: expect.stringMatching(/token=[\w-]{43}$/) });
    if (!created.ok) return;
    const token = created.setPasswordLink?.split("token=")[1] ?? "";
    expect(await completePasswordReset({ token, password: NEW_PASSWORD }, { mail })).toEqual({ ok: true });
    const rows = await auditRows(created.userId);
    expect(rows[0]).toMatchObject({ action: "staff.created", actorUserId: null, actorRole: "SYSTEM" });
    expect(asText(rows)).not.toContain(email);
    expect(asText(rows)).not.toContain(token);
  });

  it("refuses an email that already has an account, a customer's too", async () => {
    const admin = await newAdmin();
    const customer = await createUser();
    expect(
      await createStaff(
        admin.session,
        { email: customer.email, displayName: "X", role: "SUPPORT" },
        { mail },
      ),
    ).toEqual({ ok: false, reason: "email-taken" });
    expect(await createStaff("SYSTEM", { email: admin.email, displayName: "X", role: "ADMIN" })).toEqual({
      ok: false,
      reason: "email-taken",
    });
  });

  it("only an administrator may manage staff", async () => {
    const support = await createUser({ role: "SUPPORT" });
    const actor = { userId: support.id, role: "SUPPORT" as const };
    await expect(listStaff(actor)).rejects.toThrow();
    await expect(
      createStaff(actor, { email: newEmail(), displayName: "X", role: "ADMIN" }),
    ).rejects.toThrow();
    await expect(deactivateStaff(actor, support.id)).rejects.toThrow();
    await expect(reactivateStaff(actor, support.id)).rejects.toThrow();
  });

  it("deactivation ends every session at once and blocks sign-in with the generic failure; reactivation lets the password work again", async () => {
    const admin = await newAdmin();
    const staff = await createUser({ role: "SUPPORT" });
    const { sessionId } = await createSession(staff.id);
    const other = await createSession(staff.id);
    expect(await findActiveSession(sessionId)).not.toBeNull();

    expect(await deactivateStaff(admin.session, staff.id)).toEqual({ ok: true, sessionsRevoked: 2 });
    expect(await findActiveSession(sessionId)).toBeNull();
    expect(await findActiveSession(other.sessionId)).toBeNull();
    expect(await authenticate({ email: staff.email, password: PASSWORD, ip: nextIp() })).toEqual({
      ok: false,
    });
    expect(await authenticate({ email: staff.email, password: "Feil passord 2026", ip: nextIp() })).toEqual({
      ok: false,
    });
    // "Glemt passord" mails a deactivated account no link.
    await requestPasswordReset({ email: staff.email, ip: nextIp() }, { mail });
    expect(await db.passwordResetToken.count({ where: { userId: staff.id } })).toBe(0);
    // A session created in a race with the deactivation is not let in either.
    const raced = await createSession(staff.id);
    expect(await findActiveSession(raced.sessionId)).toBeNull();
    expect(await deactivateStaff(admin.session, staff.id)).toEqual({
      ok: false,
      reason: "already-deactivated",
    });
    expect(await listStaff(admin.session)).toContainEqual(
      expect.objectContaining({ id: staff.id, deactivatedAt: expect.any(Date) }),
    );

    expect(await reactivateStaff(admin.session, staff.id)).toEqual({ ok: true });
    expect(await reactivateStaff(admin.session, staff.id)).toEqual({ ok: false, reason: "not-deactivated" });
    expect(await authenticate({ email: staff.email, password: PASSWORD, ip: nextIp() })).toMatchObject({
      ok: true,
    });

    const rows = await auditRows(staff.id);
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(["staff.deactivated", "auth.login.failure", "staff.reactivated"]),
    );
    expect(rows.find((row) => row.action === "staff.deactivated")).toMatchObject({
      actorUserId: admin.id,
      metadata: { targetRole: "SUPPORT", sessionsRevoked: 2, linksVoided: 0 },
    });
    expect(rows.find((row) => row.action === "auth.login.failure")?.metadata).toEqual({
      reason: "deactivated",
    });
    for (const row of rows) expect(asText(row)).not.toContain(staff.email);
  });

  it("never one's own account, never a customer, never the last active administrator", async () => {
    const admin = await newAdmin();
    const customer = await createUser();
    expect(await deactivateStaff(admin.session, admin.id)).toEqual({ ok: false, reason: "own-account" });
    expect(await deactivateStaff(admin.session, customer.id)).toEqual({ ok: false, reason: "no-account" });
    expect(await reactivateStaff(admin.session, customer.id)).toEqual({ ok: false, reason: "no-account" });

    // Every other administrator is deactivated; then the last one but the actor can go, not the actor.
    const others = await db.user.findMany({
      where: { role: "ADMIN", deactivatedAt: null, id: { not: admin.id } },
      select: { id: true },
    });
    for (const other of others) {
      expect(await deactivateStaff(admin.session, other.id)).toMatchObject({ ok: true });
    }
    // The actor is now the only active administrator: a stale session of a deactivated admin
    // (which the guard would refuse anyway) still cannot remove the last one.
    const [deactivated] = others;
    if (!deactivated) throw new Error("expected another administrator");
    expect(await deactivateStaff({ userId: deactivated.id, role: "ADMIN" }, admin.id)).toEqual({
      ok: false,
      reason: "last-admin",
    });
    for (const other of others) await reactivateStaff(admin.session, other.id);
  });
});

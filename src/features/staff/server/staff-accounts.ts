import "server-only";
import { randomBytes } from "node:crypto";
import { writeAudit } from "@/features/audit/server";
import { mailResetLink, resetLink, revokeAllSessions, storeResetToken } from "@/features/sign-in/server";
import type { Prisma } from "@/generated/prisma/client";
import { newLinkToken } from "@/platform/crypto/link-token";
import { hashPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import type { MailOptions } from "@/platform/mail/mailer";
import type { StaffRole, TStaffCreate } from "../domain/staff-accounts";
import { type Admin, assertAdmin } from "./admin";

const STAFF_ROLES_WHERE = { role: { in: ["SUPPORT", "ADMIN"] } } satisfies Prisma.UserWhereInput;

export interface StaffMember {
  id: string;
  email: string;
  /** Null only for a staff account made before staff had display names. */
  displayName: string | null;
  role: StaffRole;
  /** When the authenticator app was set up; null until the first sign-in sets it up. */
  secondFactorEnabledAt: Date | null;
  deactivatedAt: Date | null;
}

/** Every staff account, active ones first, for the administrators' overview. */
export async function listStaff(admin: Admin): Promise<StaffMember[]> {
  assertAdmin(admin);
  const staff = await db.user.findMany({
    where: STAFF_ROLES_WHERE,
    orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      displayName: true,
      role: true,
      deactivatedAt: true,
      totp: { select: { confirmedAt: true } },
    },
  });
  return staff.map(({ totp, role, ...member }) => ({
    ...member,
    role: role === "ADMIN" ? "ADMIN" : "SUPPORT",
    secondFactorEnabledAt: totp?.confirmedAt ?? null,
  }));
}

/** The display name of a staff member, for the admin header. */
export async function staffDisplayName(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { displayName: true } });
  return user?.displayName ?? null;
}

/**
 * Who creates an account: an administrator on /admin/ansatte, or the operator's command line
 * (`npm run staff:create`), which is audited as SYSTEM.
 */
export type StaffCreator = Admin | "SYSTEM";

export type StaffCreation =
  /** setPasswordLink: only when asked for instead of a mail. */
  { ok: true; userId: string; setPasswordLink: string | null } | { ok: false; reason: "email-taken" };

/**
 * Makes a staff account with no usable password (the hash of a secret nobody keeps) and a one-time
 * set-password link from the "Glemt passord" machinery: mailed to the new address, or, for the
 * command that makes the first administrator before mail is set up, returned for printing. The app
 * is set up at the first sign-in, as for all staff. Audited with ids only.
 */
export async function createStaff(
  creator: StaffCreator,
  input: TStaffCreate,
  options: { deliver?: "mail" | "return"; now?: Date; mail?: MailOptions } = {},
): Promise<StaffCreation> {
  if (creator !== "SYSTEM") assertAdmin(creator);
  const now = options.now ?? new Date();
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, reason: "email-taken" };
  }
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const token = newLinkToken();

  const userId = await db.$transaction(async (tx) => {
    // An account made with the same email at the same moment wins; this one is then not made.
    const [created] = await tx.user.createManyAndReturn({
      data: [
        {
          email: input.email,
          displayName: input.displayName,
          role: input.role,
          passwordHash,
          passwordChangedAt: now,
          createdAt: now,
        },
      ],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) return null;
    const link = await storeResetToken(tx, created.id, token, now);
    await writeAudit(tx, {
      actorUserId: creator === "SYSTEM" ? null : creator.userId,
      actorRole: creator === "SYSTEM" ? "SYSTEM" : creator.role,
      action: "staff.created",
      targetType: "User",
      targetId: created.id,
      metadata: { role: input.role, tokenId: link.id, linkDelivery: options.deliver ?? "mail" },
    });
    return created.id;
  });
  if (!userId) return { ok: false, reason: "email-taken" };

  const link = resetLink(token);
  if (options.deliver === "return") return { ok: true, userId, setPasswordLink: link };
  await mailResetLink(input.email, link, options.mail);
  return { ok: true, userId, setPasswordLink: null };
}

export type StaffDeactivation =
  | { ok: true; sessionsRevoked: number }
  | { ok: false; reason: "no-account" | "own-account" | "already-deactivated" | "last-admin" };

/**
 * Ends a staff member's access at once: the account is marked deactivated, every session of it is
 * deleted and unused set-password links are voided, in one transaction. Never one's own account,
 * and never the last active administrator: someone must be able to reactivate.
 */
export async function deactivateStaff(
  admin: Admin,
  userId: string,
  now: Date = new Date(),
): Promise<StaffDeactivation> {
  assertAdmin(admin);
  if (userId === admin.userId) return { ok: false, reason: "own-account" };
  return db.$transaction(async (tx): Promise<StaffDeactivation> => {
    // Locks the active administrators, so two of them deactivating each other at the same moment
    // cannot both pass the check: the second sees the first's change and is refused.
    const activeAdmins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "deactivatedAt" IS NULL FOR UPDATE`;
    const target = await tx.user.findFirst({
      where: { id: userId, ...STAFF_ROLES_WHERE },
      select: { id: true, role: true, deactivatedAt: true },
    });
    if (!target) return { ok: false, reason: "no-account" };
    if (target.deactivatedAt) return { ok: false, reason: "already-deactivated" };
    if (target.role === "ADMIN" && !activeAdmins.some((row) => row.id !== target.id)) {
      return { ok: false, reason: "last-admin" };
    }
    await tx.user.update({ where: { id: target.id }, data: { deactivatedAt: now }, select: { id: true } });
    const sessionsRevoked = await revokeAllSessions(tx, target.id);
    const { count: linksVoided } = await tx.passwordResetToken.deleteMany({
      where: { userId: target.id, usedAt: null },
    });
    await writeAudit(tx, {
      actorUserId: admin.userId,
      actorRole: admin.role,
      action: "staff.deactivated",
      targetType: "User",
      targetId: target.id,
      metadata: { targetRole: target.role, sessionsRevoked, linksVoided },
    });
    return { ok: true, sessionsRevoked };
  });
}

export type StaffReactivation = { ok: true } | { ok: false; reason: "no-account" | "not-deactivated" };

/** Lets a deactivated staff member sign in again, with the password and app they had. */
export async function reactivateStaff(admin: Admin, userId: string): Promise<StaffReactivation> {
  assertAdmin(admin);
  return db.$transaction(async (tx): Promise<StaffReactivation> => {
    const target = await tx.user.findFirst({
      where: { id: userId, ...STAFF_ROLES_WHERE },
      select: { id: true, role: true },
    });
    if (!target) return { ok: false, reason: "no-account" };
    const { count } = await tx.user.updateMany({
      where: { id: target.id, deactivatedAt: { not: null } },
      data: { deactivatedAt: null },
    });
    if (count !== 1) return { ok: false, reason: "not-deactivated" };
    await writeAudit(tx, {
      actorUserId: admin.userId,
      actorRole: admin.role,
      action: "staff.reactivated",
      targetType: "User",
      targetId: target.id,
      metadata: { targetRole: target.role },
    });
    return { ok: true };
  });
}

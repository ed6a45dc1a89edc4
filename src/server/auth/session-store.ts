import "server-only";
import { z } from "zod";
import { type PendingSecondFactor, pendingSecondFactor } from "@/domain/second-factor";
import { MINUTE_MS, SESSION_MAX_HOURS } from "@/domain/security-limits";
import type { Prisma, Role } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";

/** Absolute lifetime of a sign-in: the row expires this long after login however active the user is. */
export const SESSION_LIFETIME_MS = SESSION_MAX_HOURS * 60 * MINUTE_MS;

export interface SessionUser {
  sessionId: string;
  userId: string;
  role: Role;
  customerId: string | null;
  /** Set while the session still owes its second factor: then it opens nothing but that step. */
  pendingSecondFactor: PendingSecondFactor | null;
}

export async function createSession(userId: string, now: Date = new Date()): Promise<{ sessionId: string }> {
  const row = await db.authSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) },
    select: { id: true },
  });
  return { sessionId: row.id };
}

/** The signed-in user behind a session id, or null if the row is gone, expired, or the account is locked. */
export async function findActiveSession(
  sessionId: string,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  // A forged or stale cookie may carry anything; the id column is a uuid.
  if (!z.uuid().safeParse(sessionId).success) return null;
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      secondFactorVerifiedAt: true,
      user: {
        select: {
          id: true,
          role: true,
          customerId: true,
          lockedUntil: true,
          totp: { select: { confirmedAt: true } },
        },
      },
    },
  });
  if (!row || row.expiresAt <= now) return null;
  if (row.user.lockedUntil && row.user.lockedUntil > now) return null;
  return {
    sessionId,
    userId: row.user.id,
    role: row.user.role,
    customerId: row.user.customerId,
    pendingSecondFactor: pendingSecondFactor({
      role: row.user.role,
      enrolled: Boolean(row.user.totp?.confirmedAt),
      verified: row.secondFactorVerifiedAt !== null,
    }),
  };
}

/** Deletes one session (logout). Idempotent: the audit row is written only when a row was removed. */
export async function revokeSession(sessionId: string): Promise<void> {
  if (!z.uuid().safeParse(sessionId).success) return;
  await db.$transaction(async (tx) => {
    const row = await tx.authSession.findUnique({
      where: { id: sessionId },
      select: { user: { select: { id: true, role: true, customerId: true } } },
    });
    if (!row) return;
    const { count } = await tx.authSession.deleteMany({ where: { id: sessionId } });
    if (count !== 1) return;
    await writeAudit(tx, {
      actorUserId: row.user.id,
      actorRole: row.user.role,
      action: "auth.logout",
      subjectCustomerId: row.user.customerId,
      targetType: "AuthSession",
      targetId: sessionId,
    });
  });
}

/** Signs a user out everywhere (password changed or reset). Call inside the change's transaction. */
export async function revokeAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { count } = await tx.authSession.deleteMany({ where: { userId } });
  return count;
}

import "server-only";
import { ownAccountEntry, writeAudit } from "@/features/audit/server";
import { type PendingSecondFactor, pendingSecondFactor } from "@/features/second-factor";
import type { Prisma, Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { MINUTE_MS } from "@/platform/time/durations";
import { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from "../domain/security-limits";

/** Absolute lifetime of a sign-in: the row expires this long after login however active the user is. */
export const SESSION_LIFETIME_MS = SESSION_MAX_HOURS * 60 * MINUTE_MS;

export interface SessionUser {
  sessionId: string;
  userId: string;
  role: Role;
  customerId: string | null;
  /** Set while the session still owes its second factor: then it opens nothing but that step. */
  pendingSecondFactor: PendingSecondFactor | null;
  /** When this session last proved its holder strongly (BankID or an authenticator code), or null. */
  strongAuthAt: Date | null;
  /** When this session ends unless used again: its absolute expiry, or its idle limit if sooner. */
  endsAt: Date;
}

/** How often a session's lastSeenAt is written: often enough for the idle limit, rarely enough to be cheap. */
const LAST_SEEN_RESOLUTION_MS = MINUTE_MS;

export function idleLimitMs(role: Role): number {
  return (role === "CUSTOMER" ? SESSION_IDLE_MINUTES.customer : SESSION_IDLE_MINUTES.staff) * MINUTE_MS;
}

export async function createSession(
  userId: string,
  now: Date = new Date(),
  deviceLabel = "Ukjent enhet",
  /** BankID: the person is proven strongly, which also stands for the second factor. */
  strong = false,
): Promise<{ sessionId: string }> {
  const row = await db.authSession.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      deviceLabel,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      ...(strong ? { secondFactorVerifiedAt: now, strongAuthAt: now } : {}),
    },
    select: { id: true },
  });
  return { sessionId: row.id };
}

/**
 * The signed-in user behind a session id, or null if the row is gone, expired, idle past its
 * role's limit, or its account deactivated; a live session's lastSeenAt moves on. A sign-in lock
 * does not end sessions: it stops guessing, and must not let a guesser sign the holder out.
 */
export async function findActiveSession(
  sessionId: string,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  // A forged or stale cookie may carry anything; the id column is a uuid.
  if (!isUuid(sessionId)) return null;
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      secondFactorVerifiedAt: true,
      strongAuthAt: true,
      user: {
        select: {
          id: true,
          role: true,
          customerId: true,
          deactivatedAt: true,
          totp: { select: { confirmedAt: true } },
        },
      },
    },
  });
  // Deactivation deletes the sessions too; this also covers one created in a race with it.
  if (!row || row.expiresAt <= now || row.user.deactivatedAt) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= idleLimitMs(row.user.role)) return null;
  let lastSeenAt = row.lastSeenAt;
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.authSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
    lastSeenAt = now;
  }
  const idleEnd = lastSeenAt.getTime() + idleLimitMs(row.user.role);
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
    strongAuthAt: row.strongAuthAt,
    endsAt: new Date(Math.min(row.expiresAt.getTime(), idleEnd)),
  };
}

/** Deletes one session (logout). Idempotent: the audit row is written only when a row was removed. */
export async function revokeSession(sessionId: string): Promise<void> {
  if (!isUuid(sessionId)) return;
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

export interface ActiveSession {
  id: string;
  deviceLabel: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The user's live sessions, newest activity first, for "Innloggede enheter" on Profil. */
export async function listActiveSessions(
  user: { userId: string; sessionId: string; role: Role },
  now: Date = new Date(),
): Promise<ActiveSession[]> {
  const rows = await db.authSession.findMany({
    where: {
      userId: user.userId,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - idleLimitMs(user.role)) },
    },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, deviceLabel: true, createdAt: true, lastSeenAt: true },
  });
  return rows.map((row) => ({ ...row, current: row.id === user.sessionId }));
}

/** "Logg ut på alle enheter": every session of the user ends, this one included. */
export async function signOutEverywhere(user: {
  userId: string;
  role: Role;
  customerId: string | null;
}): Promise<{ ok: true; sessionsRevoked: number }> {
  const sessionsRevoked = await db.$transaction(async (tx) => {
    const count = await revokeAllSessions(tx, user.userId);
    await writeAudit(
      tx,
      ownAccountEntry(
        { id: user.userId, role: user.role, customerId: user.customerId },
        "auth.logout.everywhere",
        { sessionsRevoked: count },
      ),
    );
    return count;
  });
  return { ok: true, sessionsRevoked };
}

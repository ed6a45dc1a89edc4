import "server-only";
import { randomBytes } from "node:crypto";
import { ZLogin } from "@/domain/credentials";
import type { Prisma, Role } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { hitRateLimit, type RateLimitRule } from "@/server/rate-limit";
import { hashPassword, verifyPassword } from "@/server/security/password";

const MINUTE = 60 * 1000;

/** Consecutive wrong passwords that lock an account. */
export const MAX_FAILED_LOGINS = 5;
/** How long a lock lasts, and how old a failure may be and still count towards one. */
export const LOGIN_LOCK_MS = 15 * MINUTE;
export const LOGIN_IP_RULE: RateLimitRule = { limit: 30, windowMs: 15 * MINUTE };

export type AuthenticationResult = { ok: true; userId: string; role: Role } | { ok: false };

/** Deliberately one shape for every failure: callers cannot tell "no such account" from "locked". */
const FAILED: AuthenticationResult = { ok: false };

type FailureReason = "ip_throttled" | "invalid_input" | "unknown_account" | "wrong_password" | "locked";

let dummyHash: Promise<string> | undefined;

/** A real argon2id hash of a random secret, so an unknown email costs the same verify as a known one. */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash;
}

/**
 * Checks an email and password. Throttled per client IP (all attempts) and per account
 * (consecutive failures lock it for 15 minutes; while locked, even the right password fails).
 * `email` and `password` are untrusted form values and are validated here.
 */
export async function authenticate(
  input: { email: unknown; password: unknown; ip: string },
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const ipLimit = await hitRateLimit("login-ip", input.ip, LOGIN_IP_RULE, now);
  if (!ipLimit.allowed) return recordAnonymousFailure("ip_throttled");

  const parsed = ZLogin.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return recordAnonymousFailure("invalid_input");
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, customerId: true, passwordHash: true, lockedUntil: true },
  });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    return recordAnonymousFailure("unknown_account");
  }

  const passwordMatches = await verifyPassword(user.passwordHash, password);
  if (user.lockedUntil && user.lockedUntil > now) {
    // Failures while locked do not extend the lock: an attacker could otherwise keep it shut forever.
    await writeFailureAudit(db, user, "locked");
    return FAILED;
  }
  if (!passwordMatches) {
    await recordWrongPassword(user, now);
    return FAILED;
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lastFailedLoginAt: null, lockedUntil: null },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: "auth.login.success",
      subjectCustomerId: user.customerId,
      targetType: "User",
      targetId: user.id,
    });
  });
  return { ok: true, userId: user.id, role: user.role };
}

type AuditedUser = { id: string; customerId: string | null };

async function recordAnonymousFailure(reason: FailureReason): Promise<AuthenticationResult> {
  await writeAudit(db, {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "auth.login.failure",
    metadata: { reason },
  });
  return FAILED;
}

function writeFailureAudit(
  client: Prisma.TransactionClient | typeof db,
  user: AuditedUser,
  reason: FailureReason,
): Promise<void> {
  // The person typing is not known to be the account holder: the account is the target, not the actor.
  return writeAudit(client, {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "auth.login.failure",
    subjectCustomerId: user.customerId,
    targetType: "User",
    targetId: user.id,
    metadata: { reason },
  });
}

/**
 * Counts a wrong password in one UPDATE, so concurrent attempts cannot lose an increment. The count
 * starts over when the previous failure is older than LOGIN_LOCK_MS, and the account locks on the
 * MAX_FAILED_LOGINS-th consecutive failure.
 */
async function recordWrongPassword(user: AuditedUser, now: Date): Promise<void> {
  const countsSince = new Date(now.getTime() - LOGIN_LOCK_MS);
  const lockUntil = new Date(now.getTime() + LOGIN_LOCK_MS);
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ failedLoginCount: number }[]>`
      UPDATE "User" SET
        "failedLoginCount" = CASE WHEN "lastFailedLoginAt" > ${countsSince}::timestamptz
          THEN "failedLoginCount" + 1 ELSE 1 END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "lastFailedLoginAt" > ${countsSince}::timestamptz
            THEN "failedLoginCount" + 1 ELSE 1 END) >= ${MAX_FAILED_LOGINS}
          THEN ${lockUntil}::timestamptz ELSE "lockedUntil" END,
        "lastFailedLoginAt" = ${now}::timestamptz,
        "updatedAt" = ${now}::timestamptz
      WHERE "id" = ${user.id}::uuid
      RETURNING "failedLoginCount"`;
    await writeFailureAudit(tx, user, "wrong_password");
    if (rows[0]?.failedLoginCount === MAX_FAILED_LOGINS) {
      await writeAudit(tx, {
        actorUserId: null,
        actorRole: "SYSTEM",
        action: "auth.account.locked",
        subjectCustomerId: user.customerId,
        targetType: "User",
        targetId: user.id,
        metadata: { failedAttempts: MAX_FAILED_LOGINS, lockedMinutes: LOGIN_LOCK_MS / MINUTE },
      });
    }
  });
}

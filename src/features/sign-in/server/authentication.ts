import "server-only";
import { randomBytes } from "node:crypto";
import { type AuditEntry, ownAccountEntry, writeAudit } from "@/features/audit/server";
import type { Prisma, Role } from "@/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { hitRateLimit, type RateLimitRule, resetRateLimit } from "@/platform/rate-limit";
import { MINUTE_MS } from "@/platform/time/durations";
import { ZLogin } from "../domain/credentials";
import { LOGIN_LOCK_MINUTES, MAX_FAILED_LOGINS } from "../domain/security-limits";
import { throttleKeyForAddress } from "./client-ip";
import { issueDeviceToken, trustedDeviceNonce } from "./trusted-device";

/** How long a lock lasts, and how old a failure may be and still count towards one. */
export const LOGIN_LOCK_MS = LOGIN_LOCK_MINUTES * MINUTE_MS;
export const LOGIN_IP_RULE: RateLimitRule = { limit: 30, windowMs: 15 * MINUTE_MS };
/** Wrong passwords from one trusted browser before that browser, and only it, is locked out. */
export const TRUSTED_DEVICE_RULE: RateLimitRule = { limit: MAX_FAILED_LOGINS, windowMs: LOGIN_LOCK_MS };

export type AuthenticationResult =
  | { ok: true; userId: string; role: Role; deviceToken: string }
  | { ok: false };

/** Deliberately one shape for every failure: callers cannot tell "no such account" from "locked". */
const FAILED: AuthenticationResult = { ok: false };

type FailureReason =
  | "ip_throttled"
  | "invalid_input"
  | "unknown_account"
  | "wrong_password"
  | "locked"
  | "device_locked"
  | "deactivated";

let dummyHash: Promise<string> | undefined;

/** A real argon2id hash of a random secret, so an unknown email costs the same verify as a known one. */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash;
}

/**
 * Checks an email and password. Throttled per client IP (all attempts) and per account. Failures
 * from a browser that has signed in to the account before (a valid `deviceToken`) count against
 * that browser only; failures from anywhere else count against "unknown devices", which
 * MAX_FAILED_LOGINS consecutive failures lock out of the account for LOGIN_LOCK_MINUTES. So a
 * stranger can lock strangers out, never the holder's own browser. While locked, even the right
 * password fails. A success returns a fresh device token for the caller to store as a cookie.
 */
export async function authenticate(
  input: { email: unknown; password: unknown; ip: string; deviceToken?: string },
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const ipLimit = await hitRateLimit("login-ip", throttleKeyForAddress(input.ip), LOGIN_IP_RULE, now);
  if (!ipLimit.allowed) {
    // One audit row per address and window: the bucket already counts the rest.
    if (ipLimit.count === LOGIN_IP_RULE.limit + 1) await auditFailure({ reason: "ip_throttled" });
    return FAILED;
  }

  const parsed = ZLogin.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return auditFailure({ reason: "invalid_input" });
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      role: true,
      customerId: true,
      passwordHash: true,
      passwordChangedAt: true,
      deactivatedAt: true,
    },
  });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    return auditFailure({ reason: "unknown_account" });
  }

  // Each attempt is counted before the password is checked, in one atomic statement, so that
  // concurrent guesses cannot all slip past a limit they each read as not yet reached.
  const device = trustedDeviceNonce(input.deviceToken, user, now);
  const attempt = device
    ? (await hitRateLimit("login-device", device, TRUSTED_DEVICE_RULE, now)).allowed
      ? { count: 0 }
      : null
    : await reserveUnknownDeviceAttempt(user.id, now);
  // Verified even when refused: a locked account must not answer faster than an open one.
  const passwordMatches = await verifyPassword(user.passwordHash, password);
  if (!attempt) {
    // Failures while locked do not extend the lock: an attacker could otherwise keep it shut forever.
    return device
      ? auditLockedOncePerWindow(user, "device_locked", device, now)
      : auditLockedOncePerWindow(user, "locked", user.id, now);
  }
  if (!passwordMatches) {
    await recordWrongPassword(user, attempt.count, device !== null);
    return FAILED;
  }
  // After the password check, like every other refusal, so the answer's timing does not reveal it.
  if (user.deactivatedAt) return auditFailure({ reason: "deactivated", user });
  if (device) await resetRateLimit("login-device", device);

  await db.$transaction(async (tx) => {
    // A stranger's failures stay counted after the holder signs in from a trusted browser.
    if (!device) {
      await tx.user.update({
        where: { id: user.id },
        data: { failedLoginCount: 0, lastFailedLoginAt: null, lockedUntil: null },
        select: { id: true },
      });
    }
    await writeAudit(tx, ownAccountEntry(user, "auth.login.success", { trustedDevice: device !== null }));
  });
  return { ok: true, userId: user.id, role: user.role, deviceToken: issueDeviceToken(user, now) };
}

type AuditedUser = { id: string; customerId: string | null };

/** The person typing is not known to be the account holder: the account is the target, not the actor. */
function failureEntry(reason: FailureReason, user?: AuditedUser, trustedDevice?: boolean): AuditEntry {
  return {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "auth.login.failure",
    subjectCustomerId: user?.customerId ?? null,
    ...(user ? { targetType: "User", targetId: user.id } : {}),
    metadata: trustedDevice === undefined ? { reason } : { reason, trustedDevice },
  };
}

async function auditFailure(
  failure: { reason: FailureReason; user?: AuditedUser; trustedDevice?: boolean },
  client: Prisma.TransactionClient | typeof db = db,
): Promise<AuthenticationResult> {
  await writeAudit(client, failureEntry(failure.reason, failure.user, failure.trustedDevice));
  return FAILED;
}

/**
 * Attempts against a locked account or browser are refused cheaply; the first in each lock window
 * is audited, the rest are not, so an attacker cannot grow the append-only log without bound.
 */
async function auditLockedOncePerWindow(
  user: AuditedUser,
  reason: "locked" | "device_locked",
  source: string,
  now: Date,
): Promise<AuthenticationResult> {
  const first = await hitRateLimit(`audit-${reason}`, source, { limit: 1, windowMs: LOGIN_LOCK_MS }, now);
  if (first.allowed) await auditFailure({ reason, user });
  return FAILED;
}

/**
 * Counts an attempt from an unknown device before its password is checked, in one UPDATE: the
 * count starts over when the previous attempt is older than LOGIN_LOCK_MS, and the
 * MAX_FAILED_LOGINS-th attempt in a row locks unknown devices out. Null when already locked.
 * A right password then clears the count (see authenticate).
 */
async function reserveUnknownDeviceAttempt(userId: string, now: Date): Promise<{ count: number } | null> {
  const countsSince = new Date(now.getTime() - LOGIN_LOCK_MS);
  const lockUntil = new Date(now.getTime() + LOGIN_LOCK_MS);
  const rows = await db.$queryRaw<{ failedLoginCount: number }[]>`
    UPDATE "User" SET
      "failedLoginCount" = CASE WHEN "lastFailedLoginAt" > ${countsSince}::timestamptz
        THEN "failedLoginCount" + 1 ELSE 1 END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "lastFailedLoginAt" > ${countsSince}::timestamptz
          THEN "failedLoginCount" + 1 ELSE 1 END) >= ${MAX_FAILED_LOGINS}
        THEN ${lockUntil}::timestamptz ELSE "lockedUntil" END,
      "lastFailedLoginAt" = ${now}::timestamptz,
      "updatedAt" = ${now}::timestamptz
    WHERE "id" = ${userId}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamptz)
    RETURNING "failedLoginCount"`;
  const row = rows[0];
  return row ? { count: row.failedLoginCount } : null;
}

/** Audits a wrong password; the attempt that locked unknown devices out also records the lock. */
async function recordWrongPassword(user: AuditedUser, count: number, trustedDevice: boolean): Promise<void> {
  if (trustedDevice) {
    await auditFailure({ reason: "wrong_password", user, trustedDevice: true });
    return;
  }
  await db.$transaction(async (tx) => {
    await auditFailure({ reason: "wrong_password", user }, tx);
    if (count === MAX_FAILED_LOGINS) {
      await writeAudit(tx, {
        actorUserId: null,
        actorRole: "SYSTEM",
        action: "auth.account.locked",
        subjectCustomerId: user.customerId,
        targetType: "User",
        targetId: user.id,
        metadata: {
          failedAttempts: MAX_FAILED_LOGINS,
          lockedMinutes: LOGIN_LOCK_MINUTES,
          scope: "unknown-devices",
        },
      });
    }
  });
}

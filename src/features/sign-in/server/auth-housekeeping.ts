import "server-only";
import { writeAudit } from "@/features/audit/server";
import { deleteExpiredEmailCodes } from "@/features/email-verification/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { DAY_MS, MINUTE_MS } from "@/platform/time/durations";
import { SESSION_IDLE_MINUTES } from "../domain/security-limits";

/** Rate-limit windows are at most an hour long; a day-old bucket can never count again. */
const RATE_LIMIT_BUCKET_MAX_AGE_MS = DAY_MS;

/** No role's session survives this much idle time. */
const LONGEST_IDLE_MS = Math.max(SESSION_IDLE_MINUTES.customer, SESSION_IDLE_MINUTES.staff) * MINUTE_MS;

/**
 * Deletes sign-in data that has outlived its purpose: ended sessions, reset links, mailed codes
 * for a new login email (and an applicant's) and throttle counters. Hourly on its own (purgeExpiredAuthData), and in every retention run (the register's
 * "until expired" rule for these fields).
 */
export async function deleteExpiredAuthData(tx: Prisma.TransactionClient, now: Date) {
  const sessions = await tx.authSession.deleteMany({
    where: {
      OR: [{ expiresAt: { lt: now } }, { lastSeenAt: { lt: new Date(now.getTime() - LONGEST_IDLE_MS) } }],
    },
  });
  const resetTokens = await tx.passwordResetToken.deleteMany({ where: { expiresAt: { lt: now } } });
  const emailCodes = await deleteExpiredEmailCodes(tx, now);
  const rateLimitBuckets = await tx.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - RATE_LIMIT_BUCKET_MAX_AGE_MS) } },
  });
  return {
    sessions: sessions.count,
    resetTokens: resetTokens.count,
    emailCodes,
    rateLimitBuckets: rateLimitBuckets.count,
  };
}

/** The hourly job: expired sign-in data goes, with an audit row of the counts. */
export async function purgeExpiredAuthData(now = new Date()) {
  return db.$transaction(async (tx) => {
    const counts = await deleteExpiredAuthData(tx, now);
    await writeAudit(tx, {
      actorUserId: null,
      actorRole: "SYSTEM",
      action: "retention.auth-data.purged",
      metadata: counts,
    });
    return counts;
  });
}

import "server-only";
import { createHmac } from "node:crypto";
import { db } from "@/platform/db";
import { env } from "@/platform/env";

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** When the current window ends and the counter starts over. */
  resetAt: Date;
}

/**
 * The bucket key names the limiter in clear text but only a keyed hash of what it counts: an IP
 * address or email must never be readable from the table, and a plain SHA-256 of an IPv4 address
 * can be reversed by trying all 2^32 of them.
 */
function rateLimitKey(scope: string, identifier: string): string {
  const digest = createHmac("sha256", env().AUTH_SECRET)
    .update(`rate-limit\0${scope}\0${identifier}`)
    .digest("base64url");
  return `${scope}:${digest}`;
}

/**
 * Counts one hit against a fixed window shared by every app instance. One INSERT … ON CONFLICT
 * statement reads, resets and increments the counter, so concurrent hits can never both see the
 * last free slot.
 */
export async function hitRateLimit(
  scope: string,
  identifier: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const key = rateLimitKey(scope, identifier);
  const expiredIfStartedBy = new Date(now.getTime() - rule.windowMs);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, ${now}::timestamptz, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expiredIfStartedBy}::timestamptz
        THEN EXCLUDED."windowStart" ELSE "RateLimitBucket"."windowStart" END,
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expiredIfStartedBy}::timestamptz
        THEN 1 ELSE "RateLimitBucket"."count" + 1 END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  return {
    allowed: row.count <= rule.limit,
    count: row.count,
    resetAt: new Date(new Date(row.windowStart).getTime() + rule.windowMs),
  };
}

/** The hits counted so far in the current window, without counting one. */
export async function peekRateLimit(
  scope: string,
  identifier: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<number> {
  const bucket = await db.rateLimitBucket.findUnique({
    where: { key: rateLimitKey(scope, identifier) },
    select: { count: true, windowStart: true },
  });
  if (!bucket || bucket.windowStart.getTime() <= now.getTime() - rule.windowMs) return 0;
  return bucket.count;
}

/** Forgets a counter: for limits that count failures in a row, after the success that ends them. */
export async function resetRateLimit(scope: string, identifier: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: rateLimitKey(scope, identifier) } });
}

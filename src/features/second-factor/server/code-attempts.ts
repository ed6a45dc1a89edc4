import "server-only";
import { writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { hitRateLimit, type RateLimitRule } from "@/platform/rate-limit";
import { MINUTE_MS } from "@/platform/time/durations";
// Throttling and auditing of code attempts, shared by sign-in, set-up, step-up and turning the factor off.
import { SECOND_FACTOR_ATTEMPTS, type SecondFactorCode } from "../domain/second-factor";
import type { CodeOwner } from "./code-owner";

/** Code attempts per account; a right code clears the count, so only failures in a row add up. */
export const SECOND_FACTOR_RULE: RateLimitRule = {
  limit: SECOND_FACTOR_ATTEMPTS.limit,
  windowMs: SECOND_FACTOR_ATTEMPTS.windowMinutes * MINUTE_MS,
};
export const RATE_LIMIT_SCOPE = "second-factor";

export type CodeFailure = "wrong-code" | "code-used" | "too-many-attempts";
export type Purpose = "sign-in" | "enrolment" | "disable" | "step-up";

/** Someone typed a wrong code for this account: it is the target, not the actor. Never the code itself. */
export function auditFailure(
  client: Prisma.TransactionClient | typeof db,
  user: CodeOwner,
  metadata: { purpose: Purpose; method: SecondFactorCode["method"]; reason: CodeFailure },
): Promise<void> {
  return writeAudit(client, {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "auth.second-factor.failure",
    subjectCustomerId: user.customerId,
    targetType: "User",
    targetId: user.id,
    metadata,
  });
}

/** Counts one attempt; false (and audited) once the account has had too many. */
export async function attemptAllowed(
  user: CodeOwner,
  purpose: Purpose,
  method: SecondFactorCode["method"],
  now: Date,
): Promise<boolean> {
  const { allowed } = await hitRateLimit(RATE_LIMIT_SCOPE, user.id, SECOND_FACTOR_RULE, now);
  if (!allowed) await auditFailure(db, user, { purpose, method, reason: "too-many-attempts" });
  return allowed;
}

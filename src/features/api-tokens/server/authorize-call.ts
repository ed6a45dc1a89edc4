import "server-only";
// Who is calling the API and whether they may: the bearer token's keyed hash finds the token, then the
// token's state, the rate limit, the customer's restriction (Art. 18) and the scope decide.
import type { ApiScope } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { hitRateLimit } from "@/platform/rate-limit";
import { API_RATE_LIMIT, apiTokenStatus } from "../domain/api-token";
import {
  invalidTokenProblem,
  missingScopeProblem,
  missingTokenProblem,
  rateLimitedProblem,
  restrictedProblem,
} from "./api-problems";
import { apiTokenHash, isApiToken } from "./token-secret";

/** The live token behind a call, as the audit row and "Sist brukt" need it. */
export interface CallingToken {
  id: string;
  customerId: string;
  userId: string;
  lastUsedAt: Date | null;
}

export type CallAuthorization =
  /** Go on and answer. */
  | { kind: "allowed"; token: CallingToken }
  /** A live token refused (scope, restriction, rate limit): answered, and audited when `audit`. */
  | { kind: "refused"; token: CallingToken; response: Response; audit: boolean }
  /** No token of ours that is live: nobody to audit the call for. */
  | { kind: "unauthenticated"; response: Response };

const BEARER = /^Bearer +(\S+) *$/i;

export async function authorizeCall(
  authorization: string | null,
  scope: ApiScope | null,
  now: Date,
): Promise<CallAuthorization> {
  if (!authorization) return { kind: "unauthenticated", response: missingTokenProblem() };
  const presented = BEARER.exec(authorization)?.[1];
  if (!presented || !isApiToken(presented)) {
    return { kind: "unauthenticated", response: invalidTokenProblem("unknown") };
  }
  const found = await db.apiToken.findUnique({
    where: { tokenHash: apiTokenHash(presented) },
    select: {
      id: true,
      customerId: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      customer: { select: { restrictedAt: true, user: { select: { id: true } } } },
    },
  });
  // A customer whose login is gone (an ended relationship) can no longer see or revoke the token either.
  if (!found?.customer.user) return { kind: "unauthenticated", response: invalidTokenProblem("unknown") };
  const status = apiTokenStatus(found, now);
  if (status !== "active") return { kind: "unauthenticated", response: invalidTokenProblem(status) };

  const token = {
    id: found.id,
    customerId: found.customerId,
    userId: found.customer.user.id,
    lastUsedAt: found.lastUsedAt,
  };
  const hit = await hitRateLimit("api-token", found.id, API_RATE_LIMIT, now);
  if (!hit.allowed) {
    const retryAfter = Math.max(1, Math.ceil((hit.resetAt.getTime() - now.getTime()) / 1000));
    const response = rateLimitedProblem(retryAfter, API_RATE_LIMIT.limit);
    // The first refusal of a window is audited; a script hammering on would otherwise fill the log.
    return { kind: "refused", token, response, audit: hit.count === API_RATE_LIMIT.limit + 1 };
  }
  if (found.customer.restrictedAt) {
    return { kind: "refused", token, response: restrictedProblem(), audit: true };
  }
  if (scope && !found.scopes.includes(scope)) {
    return { kind: "refused", token, response: missingScopeProblem(scope), audit: true };
  }
  return { kind: "allowed", token };
}

import "server-only";
// GET /api/v1/me: the calling token describes itself (which one, what it may read, until when), so a
// script can check its key before it relies on it. Nothing about the customer beyond their own token.
import { db } from "@/platform/db";
import { osloIsoString } from "@/platform/time/oslo-calendar";
import { API_RATE_LIMIT } from "../domain/api-token";
import type { ApiCaller } from "./api-route";

export async function describeToken(caller: ApiCaller) {
  const token = await db.apiToken.findFirstOrThrow({
    where: { id: caller.tokenId, customerId: caller.customerId },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, expiresAt: true },
  });
  return {
    token: {
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      scopes: token.scopes,
      createdAt: osloIsoString(token.createdAt),
      expiresAt: osloIsoString(token.expiresAt),
    },
    rateLimit: { limit: API_RATE_LIMIT.limit, windowSeconds: API_RATE_LIMIT.windowMs / 1000 },
  };
}

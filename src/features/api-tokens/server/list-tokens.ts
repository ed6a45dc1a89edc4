import "server-only";
// The customer's tokens for Profil, newest first: everything but the hash, which never leaves the server.
import type { ApiScope } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { type ApiTokenStatus, apiTokenStatus } from "../domain/api-token";

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: ApiTokenStatus;
}

export async function listApiTokens(customerId: string, now: Date = new Date()): Promise<ApiTokenSummary[]> {
  const tokens = await db.apiToken.findMany({
    where: { customerId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  return tokens.map((token) => ({ ...token, status: apiTokenStatus(token, now) }));
}

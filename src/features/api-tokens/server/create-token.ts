import "server-only";
// A new personal API token: returned once, stored only as its keyed hash, audited by id.
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { DAY_MS } from "@/platform/time/durations";
import { type ApiTokenCreate, MAX_ACTIVE_API_TOKENS } from "../domain/api-token";
import { newApiToken } from "./token-secret";

export type CreateTokenResult =
  | { ok: true; token: string; tokenId: string; expiresAt: Date }
  | { ok: false; reason: "too-many" };

export async function createApiToken(
  caller: { userId: string; customerId: string },
  input: ApiTokenCreate,
  now: Date = new Date(),
): Promise<CreateTokenResult> {
  const { token, tokenHash, prefix } = newApiToken();
  const expiresAt = new Date(now.getTime() + input.lifetimeDays * DAY_MS);
  return db.$transaction(async (tx) => {
    // Serialises a customer's creations, so two at once cannot both take the last free place.
    await tx.$queryRaw`SELECT 1 FROM "Customer" WHERE "id" = ${caller.customerId}::uuid FOR UPDATE`;
    const active = await tx.apiToken.count({
      where: { customerId: caller.customerId, revokedAt: null, expiresAt: { gt: now } },
    });
    if (active >= MAX_ACTIVE_API_TOKENS) return { ok: false, reason: "too-many" } as const;
    const created = await tx.apiToken.create({
      data: {
        customerId: caller.customerId,
        name: input.name,
        tokenHash,
        prefix,
        scopes: input.scopes,
        expiresAt,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      action: "api-token.created",
      actorUserId: caller.userId,
      actorRole: "CUSTOMER",
      subjectCustomerId: caller.customerId,
      targetType: "ApiToken",
      targetId: created.id,
      metadata: { tokenId: created.id, scopes: input.scopes, lifetimeDays: input.lifetimeDays },
    });
    return { ok: true, token, tokenId: created.id, expiresAt } as const;
  });
}

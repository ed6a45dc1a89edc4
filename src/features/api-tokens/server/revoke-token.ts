import "server-only";
// Revoking a token: at once and for good. Only the token's owner can, and only once.
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";

export type RevokeTokenResult = { ok: true } | { ok: false; reason: "not-found" | "already-revoked" };

export async function revokeApiToken(
  caller: { userId: string; customerId: string },
  tokenId: string,
  now: Date = new Date(),
): Promise<RevokeTokenResult> {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, customerId: caller.customerId },
      select: { id: true },
    });
    // Another customer's token is as unknown as one that does not exist.
    if (!token) return { ok: false, reason: "not-found" } as const;
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, customerId: caller.customerId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count === 0) return { ok: false, reason: "already-revoked" } as const;
    await writeAudit(tx, {
      action: "api-token.revoked",
      actorUserId: caller.userId,
      actorRole: "CUSTOMER",
      subjectCustomerId: caller.customerId,
      targetType: "ApiToken",
      targetId: tokenId,
      metadata: { tokenId },
    });
    return { ok: true } as const;
  });
}

import "server-only";
// Every answered call with a live token leaves an audit row (token id, operation, status; never the
// token), and moves the token's "Sist brukt" on, at most once a minute.
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { LAST_USED_RESOLUTION_MS } from "../domain/api-token";
import type { CallingToken } from "./authorize-call";

export async function recordCall(token: CallingToken, operation: string, status: number, now: Date) {
  const stale = !token.lastUsedAt || token.lastUsedAt.getTime() <= now.getTime() - LAST_USED_RESOLUTION_MS;
  await db.$transaction(async (tx) => {
    await writeAudit(tx, {
      action: "api.call",
      actorUserId: token.userId,
      actorRole: "CUSTOMER",
      subjectCustomerId: token.customerId,
      targetType: "ApiToken",
      targetId: token.id,
      metadata: { tokenId: token.id, operation, status },
    });
    // updateMany: a token revoked or erased meanwhile is simply not there to update.
    if (stale) await tx.apiToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: now } });
  });
}

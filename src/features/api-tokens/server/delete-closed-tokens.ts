import "server-only";
// The retention job's step for API tokens: a token revoked or expired before the cut-off goes, and so does
// every token of a customer whose login is gone (their tokens could no longer be seen or revoked).
import type { Prisma } from "@/generated/prisma/client";

export async function deleteClosedApiTokens(
  tx: Prisma.TransactionClient,
  closedBefore: Date,
): Promise<number> {
  const deleted = await tx.apiToken.deleteMany({
    where: {
      OR: [
        { revokedAt: { lt: closedBefore } },
        { expiresAt: { lt: closedBefore } },
        { customer: { user: { is: null } } },
      ],
    },
  });
  return deleted.count;
}

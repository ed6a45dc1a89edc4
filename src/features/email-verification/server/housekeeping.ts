import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Deletes codes past their expiry (a used code is deleted when it is used, a replaced one when the
 * new one is written). Run hourly with the expired sign-in data and in every retention run: the
 * register's "until expired" rule for email codes.
 */
export async function deleteExpiredEmailCodes(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  const { count } = await tx.emailVerification.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

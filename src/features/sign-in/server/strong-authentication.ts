import "server-only";
// Step-up: some actions want the person proven strongly, recently, in this very session: BankID, or
// a current authenticator code. The proof is a time on the session row, so every instance sees it.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { MINUTE_MS } from "@/platform/time/durations";
import { STEP_UP_MINUTES } from "../domain/security-limits";

export const STEP_UP_MS = STEP_UP_MINUTES * MINUTE_MS;

/** Whether the session's last strong proof is recent enough for a step-up action. */
export function isStrongAuthFresh(strongAuthAt: Date | null, now: Date = new Date()): boolean {
  return strongAuthAt !== null && now.getTime() - strongAuthAt.getTime() < STEP_UP_MS;
}

/**
 * Records a strong proof (BankID, or an authenticator code) on the session that gave it; `client` is
 * the transaction that also writes the proof's audit row, when there is one.
 */
export async function recordStrongAuthentication(
  sessionId: string,
  now: Date = new Date(),
  client: Prisma.TransactionClient | typeof db = db,
): Promise<void> {
  if (!isUuid(sessionId)) return;
  await client.authSession.updateMany({ where: { id: sessionId }, data: { strongAuthAt: now } });
}

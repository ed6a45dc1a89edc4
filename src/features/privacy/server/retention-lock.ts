import "server-only";
// Erasure and the retention job both delete and blank a former customer's rows, each in its own order
// (erasure: the customer row, then the login; retention: every due login, then every due customer row).
// Overlapping, they deadlock and one of them fails (P2034). A transaction-scoped advisory lock keeps them
// apart: a retention run holds it alone, erasures share it. An erasure that finds a run under way says so
// rather than wait: a run is one transaction that may take minutes.
import type { Prisma } from "@/generated/prisma/client";

/** Any constant, the same for both sides; advisory locks are per database. */
const RETENTION_LOCK = 240_017;

/** Taken first in an erasure's transaction; false while a retention run holds the lock. */
export async function keepRetentionOff(tx: Prisma.TransactionClient): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock_shared(${RETENTION_LOCK}::bigint) AS locked`;
  return row?.locked === true;
}

/** Taken first in a retention run's transaction: waits for erasures under way, keeps new ones off. */
export async function keepErasuresOff(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RETENTION_LOCK}::bigint)`;
}

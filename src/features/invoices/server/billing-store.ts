import "server-only";
// Where the billing run reads and writes: the app's database, each contract's month in a transaction of
// its own; or, for the demo seed, one transaction the seed already holds (everything commits with the
// seed or not at all, and a failure fails the seed).
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";

export interface BillingStore {
  sql: Prisma.TransactionClient;
  transaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T>;
  /** Inside a caller's transaction: a failure is the caller's, not logged and skipped. */
  nested: boolean;
  /** Issued documents are announced (INVOICE_ISSUED_JOB) after their transaction commits. */
  announce: boolean;
}

export function appStore(): BillingStore {
  return { sql: db, transaction: (work) => db.$transaction(work), nested: false, announce: true };
}

/** The seed's: within its transaction, no mails for the demo's past invoices. */
export function storeWithin(tx: Prisma.TransactionClient): BillingStore {
  return { sql: tx, transaction: (work) => work(tx), nested: true, announce: false };
}

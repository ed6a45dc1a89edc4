import "server-only";
// The run's decision per contract and month (BillingItem, unique per contract × month): claimed for
// issuing by exactly one transaction, or held back with a reason. The row lock on the item makes a
// concurrent run wait, and then find the item issued.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Claims the contract's month for issuing in `tx`: its item's id, or null when it is already issued. */
export async function claimBillingItem(
  tx: Tx,
  contractId: string,
  periodStart: string,
): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "BillingItem" ("id", "contractId", "periodStart", "status", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${contractId}::uuid, ${periodStart}::date, 'ISSUED', now())
    ON CONFLICT ("contractId", "periodStart") DO UPDATE
      SET "status" = 'ISSUED', "reason" = NULL, "updatedAt" = now()
      WHERE "BillingItem"."status" = 'HELD'
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}

/** Holds the contract's month back with a reason; false when it has been issued meanwhile. */
export async function holdBillingItem(
  tx: Tx,
  contractId: string,
  periodStart: string,
  reason: string,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "BillingItem" ("id", "contractId", "periodStart", "status", "reason", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${contractId}::uuid, ${periodStart}::date, 'HELD', ${reason}, now())
    ON CONFLICT ("contractId", "periodStart") DO UPDATE
      SET "reason" = EXCLUDED."reason", "updatedAt" = now()
      WHERE "BillingItem"."status" = 'HELD'
    RETURNING "id"`;
  return rows.length > 0;
}

/** Points the contract's month at the invoice that now bills it. */
export async function recordIssued(
  tx: Prisma.TransactionClient,
  itemId: string,
  invoiceId: string,
): Promise<void> {
  await tx.billingItem.update({ where: { id: itemId }, data: { invoiceId }, select: { id: true } });
}

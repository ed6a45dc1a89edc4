import "server-only";
// The one numbering series of invoices and credit notes (bokføringsforskriften § 5-1-1: one continuous
// series). Numbers are taken with one upsert in the caller's transaction: a transaction that fails gives
// them back, so the series has no gaps, and concurrent issuers wait for each other on the series row.
import type { Prisma } from "@/generated/prisma/client";

/** Takes `count` consecutive numbers of the series and returns the first. */
export async function takeInvoiceNumbers(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  count = 1,
): Promise<number> {
  const [row] = await tx.$queryRaw<{ first: number }[]>`
    INSERT INTO "InvoiceSeries" ("id", "nextNumber") VALUES ('invoice', ${count + 1})
    ON CONFLICT ("id") DO UPDATE SET "nextNumber" = "InvoiceSeries"."nextNumber" + ${count}
    RETURNING "nextNumber" - ${count} AS first`;
  if (!row) throw new Error("The invoice series gave no number");
  return Number(row.first);
}

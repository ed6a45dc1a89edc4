import "server-only";
// Inserts a file's payments in one statement (arrays unnested in the database): 10,000 rows of a bank
// file cost one round trip instead of thousands of bound parameters in chunks.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";

export interface PaymentRow {
  recordLine: number;
  kid: string;
  amountOre: number;
  /** YYYY-MM-DD */
  paidOn: string;
  payerAccount: string | null;
  bankReference: string | null;
  invoiceId: string | null;
}

/** A UUID version 7 (time-ordered), as Prisma's @default(uuid(7)) makes them for rows it inserts. */
export function uuidV7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function insertPayments(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  importId: string,
  rows: readonly PaymentRow[],
  matchedAt: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map(() => uuidV7(matchedAt.getTime()));
  await tx.$executeRaw`
    INSERT INTO "Payment" ("id", "importId", "recordLine", "kid", "amountOre", "paidOn", "payerAccount",
      "bankReference", "invoiceId", "matchedAt")
    SELECT p.id, ${importId}::uuid, p.line, p.kid, p.amount, p.paid_on, p.payer, p.reference, p.invoice,
      CASE WHEN p.invoice IS NULL THEN NULL ELSE ${matchedAt}::timestamptz END
    FROM unnest(
      ${ids}::uuid[], ${rows.map((r) => r.recordLine)}::int[], ${rows.map((r) => r.kid)}::text[],
      ${rows.map((r) => r.amountOre)}::int[], ${rows.map((r) => r.paidOn)}::date[],
      ${rows.map((r) => r.payerAccount)}::text[], ${rows.map((r) => r.bankReference)}::text[],
      ${rows.map((r) => r.invoiceId)}::uuid[]
    ) AS p(id, line, kid, amount, paid_on, payer, reference, invoice)`;
}

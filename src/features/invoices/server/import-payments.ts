import "server-only";
// Reads an OCR giro file from the bank into payments: the whole file or nothing (one transaction), once
// per file (its SHA-256: the same file again changes nothing), audited. Each payment is matched to the
// invoice whose KID it carries; a KID that matches nothing leaves the payment for staff (invoiceId null).
// Paid, partly paid and overpaid are all just payments here: an invoice's status is derived from them.
import { createHash } from "node:crypto";
import { writeAudit } from "@/features/audit/server";
import type { Prisma, Role } from "@/generated/prisma/client";
import { type OcrPayment, ocrPayments } from "@/platform/bank/ocr-giro/layout";
import { parseOcrGiro } from "@/platform/bank/ocr-giro/parse-ocr";
import { db } from "@/platform/db";
import { insertPayments } from "./insert-payments";

/** Who read the file in: a staff member's upload, or the bank job (no user). */
export type PaymentImportActor =
  | { source: "upload"; userId: string; role: Role }
  | { source: "bank"; userId?: undefined; role?: undefined };

export type PaymentImportResult =
  | {
      ok: true;
      importId: string;
      /** True when this file was read in before: nothing was changed. */
      duplicate: boolean;
      payments: number;
      matched: number;
      unmatched: number;
      totalOre: bigint;
    }
  /** `message` is the format's own Norwegian account of the first fault, starting "Linje <n>:". */
  | { ok: false; reason: "malformed"; line: number; message: string };

export function fileSha256(content: string): string {
  return createHash("sha256").update(Buffer.from(content, "latin1")).digest("hex");
}

export async function importPaymentFile(
  file: { fileName: string; content: string },
  actor: PaymentImportActor,
  now = new Date(),
): Promise<PaymentImportResult> {
  const sha = fileSha256(file.content);
  const earlier = await findImport(db, sha);
  if (earlier) return earlier;
  const parsed = parseOcrGiro(file.content);
  if (!parsed.ok) {
    await writeAudit(db, {
      ...auditActor(actor),
      action: "payment-import.refused",
      metadata: { source: actor.source, line: parsed.line },
    });
    return { ok: false, reason: "malformed", line: parsed.line, message: parsed.message };
  }
  const payments = ocrPayments(parsed.file);
  try {
    return await db.$transaction(
      (tx) => recordPayments(tx, { sha, fileName: file.fileName, payments, actor, now }),
      { timeout: 60_000 },
    );
  } catch (error) {
    // Another import of the same file committed first: it holds the payments, this one adds nothing.
    const raced = isUniqueViolation(error) ? await findImport(db, sha) : undefined;
    if (raced) return raced;
    throw error;
  }
}

async function findImport(client: Prisma.TransactionClient, sha: string) {
  const row = await client.paymentImport.findUnique({
    where: { fileSha256: sha },
    select: {
      id: true,
      paymentCount: true,
      totalOre: true,
      _count: { select: { payments: { where: { invoiceId: null } } } },
    },
  });
  if (!row) return undefined;
  const unmatched = row._count.payments;
  return {
    ok: true as const,
    importId: row.id,
    duplicate: true,
    payments: row.paymentCount,
    matched: row.paymentCount - unmatched,
    unmatched,
    totalOre: row.totalOre,
  };
}

/** The same import inside the caller's transaction: the demo seed's bank file. A malformed file throws. */
export async function importPaymentFileWithin(
  tx: Prisma.TransactionClient,
  file: { fileName: string; content: string },
  actor: PaymentImportActor,
  now = new Date(),
): Promise<PaymentImportResult> {
  const parsed = parseOcrGiro(file.content);
  if (!parsed.ok) throw new Error(`OCR file refused at line ${parsed.line}`);
  const payments = ocrPayments(parsed.file);
  return recordPayments(tx, { sha: fileSha256(file.content), fileName: file.fileName, payments, actor, now });
}

async function recordPayments(
  tx: Prisma.TransactionClient,
  input: { sha: string; fileName: string; payments: OcrPayment[]; actor: PaymentImportActor; now: Date },
): Promise<PaymentImportResult> {
  const { payments, actor, now } = input;
  const totalOre = payments.reduce((sum, p) => sum + BigInt(p.amountOre), 0n);
  const created = await tx.paymentImport.create({
    data: {
      fileSha256: input.sha,
      fileName: input.fileName.slice(0, 200),
      importedAt: now,
      importedByUserId: actor.userId ?? null,
      paymentCount: payments.length,
      totalOre,
    },
    select: { id: true },
  });
  const invoiceByKid = await invoicesByKid(tx, payments);
  const rows = payments.map((p) => ({
    recordLine: p.line,
    kid: p.kid,
    amountOre: p.amountOre,
    paidOn: p.paidOn,
    payerAccount: p.debitAccount,
    bankReference: p.archiveReference || null,
    invoiceId: (p.kid && invoiceByKid.get(p.kid)) || null,
  }));
  await insertPayments(tx, created.id, rows, now);
  const matched = rows.filter((r) => r.invoiceId).length;
  const counts = { payments: rows.length, matched, unmatched: rows.length - matched };
  await writeAudit(tx, {
    ...auditActor(actor),
    action: "payment-import.imported",
    targetType: "PaymentImport",
    targetId: created.id,
    metadata: { source: actor.source, ...counts },
  });
  return { ok: true, importId: created.id, duplicate: false, ...counts, totalOre };
}

/** The invoices the file's KIDs name, in one query. */
async function invoicesByKid(tx: Prisma.TransactionClient, payments: OcrPayment[]) {
  const kids = [...new Set(payments.map((p) => p.kid).filter((kid) => kid !== ""))];
  if (kids.length === 0) return new Map<string, string>();
  const found = await tx.$queryRaw<{ id: string; kid: string }[]>`
    SELECT "id", "kid" FROM "Invoice" WHERE "kid" = ANY(${kids}::text[])`;
  return new Map(found.map((row) => [row.kid, row.id]));
}

function auditActor(actor: PaymentImportActor) {
  return actor.source === "upload"
    ? { actorUserId: actor.userId, actorRole: actor.role }
    : { actorUserId: null, actorRole: "SYSTEM" as const };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

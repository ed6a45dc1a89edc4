import "server-only";
import { auditEntry, writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { EMAIL_CODE_MAX_ATTEMPTS, type EmailCodeFailure } from "../domain/email-code";
import { type CodeBinding, codeMatches } from "./code-hash";
import { auditSubject, subjectKey } from "./subject";

export type VerifyEmailCodeResult = { ok: true } | { ok: false; reason: EmailCodeFailure };

const failure = (reason: EmailCodeFailure) => ({ ok: false, reason }) as const;

/**
 * Checks a code typed by the person against the one mailed for this subject, purpose and address.
 * A right code is used up (single use); every try, right or wrong, counts against the code, and
 * after EMAIL_CODE_MAX_ATTEMPTS it is dead. `onVerified` runs in the same transaction once the code is
 * accepted (the change the code unlocks): if it throws, nothing is spent and the error propagates.
 */
export async function verifyEmailCode(
  input: CodeBinding & { code: string; now?: Date },
  options: { onVerified?: (tx: Prisma.TransactionClient) => Promise<void> } = {},
): Promise<VerifyEmailCodeResult> {
  const now = input.now ?? new Date();
  const key = subjectKey(input.purpose, input.subjectId);
  return db.$transaction(async (tx) => {
    // The try is counted before the code is compared, in one conditional UPDATE that holds the row
    // until this transaction ends: guesses sent in parallel get no more tries than guesses in a row.
    const { count } = await tx.emailVerification.updateMany({
      where: { ...key, attempts: { lt: EMAIL_CODE_MAX_ATTEMPTS }, expiresAt: { gt: now } },
      data: { attempts: { increment: 1 } },
    });
    const row = await tx.emailVerification.findUnique({
      where: key,
      select: { id: true, codeHash: true, attempts: true, expiresAt: true },
    });
    if (!row) return failure("no-code");
    if (count === 0) return failure(row.expiresAt <= now ? "expired" : "too-many-attempts");

    const subject = () => auditSubject(tx, input.purpose, input.subjectId);
    const metadata = { purpose: input.purpose, attempts: row.attempts };
    if (!codeMatches(row.codeHash, input, input.code)) {
      if (row.attempts >= EMAIL_CODE_MAX_ATTEMPTS) {
        await writeAudit(tx, auditEntry(await subject(), "email-verification.failed-too-many", metadata));
      }
      return failure("wrong-code");
    }
    await tx.emailVerification.delete({ where: { id: row.id }, select: { id: true } });
    await writeAudit(tx, auditEntry(await subject(), "email-verification.verified", metadata));
    await options.onVerified?.(tx);
    return { ok: true } as const;
  });
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { resetRateLimit } from "@/platform/rate-limit";
import type { SecondFactorCode } from "../domain/second-factor";
import {
  attemptAllowed,
  auditFailure,
  type CodeFailure,
  type Purpose,
  RATE_LIMIT_SCOPE,
} from "./code-attempts";
import type { CodeOwner } from "./code-owner";
import { recoveryCodeHash } from "./recovery-codes";
import { decryptTotpSecret, matchingTotpStep } from "./totp";

/**
 * Uses up a code, or says why not. An app code is claimed by moving lastUsedStep forward in one
 * conditional UPDATE, so the same code (or an older one) never works twice, even in a race; a
 * recovery code is claimed the same way by setting usedAt.
 */
async function claimCode(
  tx: Prisma.TransactionClient,
  user: CodeOwner & { totp: { secretCiphertext: string } },
  { method, code }: SecondFactorCode,
  now: Date,
): Promise<{ ok: true } | { ok: false; reason: "wrong-code" | "code-used" }> {
  if (method === "totp") {
    const step = matchingTotpStep(decryptTotpSecret(user.totp.secretCiphertext), code, now);
    if (step === null) return { ok: false, reason: "wrong-code" };
    const { count } = await tx.totpCredential.updateMany({
      where: { userId: user.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    return count === 1 ? { ok: true } : { ok: false, reason: "code-used" };
  }
  const codeHash = recoveryCodeHash(user.id, code);
  const { count } = await tx.recoveryCode.updateMany({
    where: { userId: user.id, codeHash, usedAt: null },
    data: { usedAt: now },
  });
  if (count === 1) return { ok: true };
  const used = await tx.recoveryCode.count({ where: { userId: user.id, codeHash } });
  return { ok: false, reason: used ? "code-used" : "wrong-code" };
}

/**
 * The shared path of every check of an enrolled user's code: throttle, claim, audit a failure, and
 * on success run `then` in the same transaction and clear the attempt count.
 */
export async function spendCode(
  user: CodeOwner,
  purpose: Purpose,
  code: SecondFactorCode,
  now: Date,
  then: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<{ ok: true } | { ok: false; reason: CodeFailure | "not-enrolled" }> {
  const { totp } = user;
  if (!totp?.confirmedAt) return { ok: false, reason: "not-enrolled" };
  if (!(await attemptAllowed(user, purpose, code.method, now))) {
    return { ok: false, reason: "too-many-attempts" };
  }
  const outcome = await db.$transaction(async (tx) => {
    const claimed = await claimCode(tx, { ...user, totp }, code, now);
    if (!claimed.ok) {
      await auditFailure(tx, user, { purpose, method: code.method, reason: claimed.reason });
      return claimed;
    }
    await then(tx);
    return claimed;
  });
  if (outcome.ok) await resetRateLimit(RATE_LIMIT_SCOPE, user.id);
  return outcome;
}

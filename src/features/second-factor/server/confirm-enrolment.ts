import "server-only";
import { ownAccountEntry, writeAudit } from "@/features/audit/server";
import { checkCurrentPassword } from "@/features/sign-in/server";
import { db } from "@/platform/db";
import { resetRateLimit } from "@/platform/rate-limit";
import { formatRecoveryCode } from "../domain/second-factor";
import { attemptAllowed, auditFailure, type CodeFailure, RATE_LIMIT_SCOPE } from "./code-attempts";
import { type CodeSession, findCodeOwner, isEnrolmentOf, markSessionVerified } from "./code-owner";
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";
import { getSecondFactorStatus } from "./status";
import { decryptTotpSecret, matchingTotpStep } from "./totp";

export type TotpConfirmation =
  | { ok: true; recoveryCodes: string[] }
  | {
      ok: false;
      reason:
        | CodeFailure
        | "not-started"
        | "already-enrolled"
        | "wrong-password"
        | "too-many-password-attempts";
    };

/**
 * Turns the app on with a code from it, which also completes this session's second factor (that
 * code cannot be used again). Only the secret this session was shown counts, while it is fresh.
 * A customer also gives the password, so that a borrowed session cannot put someone else's phone
 * on the account; staff set the app up straight after the password step and give only the code.
 * Returns the recovery codes, formatted for showing: the only time they exist outside their hashes.
 */
export async function confirmTotpEnrolment(
  session: CodeSession,
  { code, currentPassword }: { code: string; currentPassword?: string },
  now = new Date(),
): Promise<TotpConfirmation> {
  const user = await findCodeOwner(session.userId);
  const { totp } = user;
  if (totp?.confirmedAt) return { ok: false, reason: "already-enrolled" };
  if (!totp || !isEnrolmentOf(totp, session, now)) return { ok: false, reason: "not-started" };
  if (user.role === "CUSTOMER") {
    const password = await checkCurrentPassword(user.id, currentPassword ?? "", now);
    if (!password.ok) {
      return {
        ok: false,
        reason: password.reason === "too-many-attempts" ? "too-many-password-attempts" : "wrong-password",
      };
    }
  }
  if (!(await attemptAllowed(user, "enrolment", "totp", now))) {
    return { ok: false, reason: "too-many-attempts" };
  }
  const step = matchingTotpStep(decryptTotpSecret(totp.secretCiphertext), code, now);
  if (step === null) {
    await auditFailure(db, user, { purpose: "enrolment", method: "totp", reason: "wrong-code" });
    return { ok: false, reason: "wrong-code" };
  }

  const codes = newRecoveryCodes();
  const confirmed = await db.$transaction(async (tx) => {
    // The very secret the code was checked against: another session may have replaced it since.
    const { count } = await tx.totpCredential.updateMany({
      where: {
        userId: user.id,
        confirmedAt: null,
        enrolmentSessionId: session.sessionId,
        secretCiphertext: totp.secretCiphertext,
      },
      data: { confirmedAt: now, lastUsedStep: step, enrolmentSessionId: null },
    });
    if (count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({
      data: codes.map((c) => ({ userId: user.id, codeHash: recoveryCodeHash(user.id, c), createdAt: now })),
    });
    await markSessionVerified(tx, session, now, "totp");
    await writeAudit(
      tx,
      ownAccountEntry(user, "auth.second-factor.enabled", { recoveryCodes: codes.length }),
    );
    return true;
  });
  if (!confirmed) {
    const { enabledAt } = await getSecondFactorStatus(user.id);
    return { ok: false, reason: enabledAt ? "already-enrolled" : "not-started" };
  }
  await resetRateLimit(RATE_LIMIT_SCOPE, user.id);
  return { ok: true, recoveryCodes: codes.map(formatRecoveryCode) };
}

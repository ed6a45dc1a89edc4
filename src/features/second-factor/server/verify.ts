import "server-only";
import { writeAudit } from "@/features/audit/server";
import type { SecondFactorCode } from "../domain/second-factor";
import type { CodeFailure } from "./code-attempts";
import { type CodeSession, findCodeOwner, markSessionVerified } from "./code-owner";
import { spendCode } from "./spend-code";

export type SecondFactorCheck = { ok: true } | { ok: false; reason: CodeFailure | "not-enrolled" };

/** The sign-in step after the password: a right code (app or recovery) completes this session. */
export async function verifySecondFactor(
  session: CodeSession,
  code: SecondFactorCode,
  now = new Date(),
): Promise<SecondFactorCheck> {
  const user = await findCodeOwner(session.userId);
  return spendCode(user, "sign-in", code, now, async (tx) => {
    await markSessionVerified(tx, session, now, code.method);
    const recoveryCodesLeft =
      code.method === "recovery-code"
        ? await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } })
        : null;
    await writeAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: "auth.second-factor.success",
      subjectCustomerId: user.customerId,
      targetType: "AuthSession",
      targetId: session.sessionId,
      metadata: { method: code.method, recoveryCodesLeft },
    });
  });
}

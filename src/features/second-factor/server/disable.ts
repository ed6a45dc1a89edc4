import "server-only";
import { ownAccountEntry, writeAudit } from "@/features/audit/server";
import type { SecondFactorCode } from "../domain/second-factor";
import type { CodeFailure } from "./code-attempts";
import { type CodeSession, findCodeOwner } from "./code-owner";
import { spendCode } from "./spend-code";

export type SecondFactorDisable =
  | { ok: true }
  | { ok: false; reason: CodeFailure | "not-enrolled" | "required-for-staff" };

/**
 * A customer turns the second factor off, with a current code. Sessions of theirs still waiting
 * for a code are signed out: they had only the password, and must not be let in by this.
 */
export async function disableSecondFactor(
  session: CodeSession,
  code: SecondFactorCode,
  now = new Date(),
): Promise<SecondFactorDisable> {
  const user = await findCodeOwner(session.userId);
  if (user.role !== "CUSTOMER") return { ok: false, reason: "required-for-staff" };
  return spendCode(user, "disable", code, now, async (tx) => {
    await tx.totpCredential.deleteMany({ where: { userId: user.id } });
    const { count: recoveryCodesDeleted } = await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    const { count: waitingSessionsRevoked } = await tx.authSession.deleteMany({
      where: { userId: user.id, secondFactorVerifiedAt: null, id: { not: session.sessionId } },
    });
    await writeAudit(
      tx,
      ownAccountEntry(user, "auth.second-factor.disabled", {
        method: code.method,
        recoveryCodesDeleted,
        waitingSessionsRevoked,
      }),
    );
  });
}

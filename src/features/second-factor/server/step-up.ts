import "server-only";
import { writeAudit } from "@/features/audit/server";
import { recordStrongAuthentication } from "@/features/sign-in/server";
import type { CodeFailure } from "./code-attempts";
import { type CodeSession, findCodeOwner } from "./code-owner";
import { spendCode } from "./spend-code";

export type StepUpWithCode = { ok: true } | { ok: false; reason: CodeFailure | "not-enrolled" };

/**
 * Step-up with a current code from the authenticator app: the session records a fresh strong proof.
 * The code is spent as at sign-in (a time step once, counted attempts, failures audited); only an
 * app code is taken, never a recovery code.
 */
export async function confirmIdentityWithCode(
  session: CodeSession,
  code: string,
  now = new Date(),
): Promise<StepUpWithCode> {
  const user = await findCodeOwner(session.userId);
  return spendCode(user, "step-up", { method: "totp", code }, now, async (tx) => {
    await recordStrongAuthentication(session.sessionId, now, tx);
    await writeAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: "auth.step-up.success",
      subjectCustomerId: user.customerId,
      targetType: "AuthSession",
      targetId: session.sessionId,
      metadata: { method: "totp" },
    });
  });
}

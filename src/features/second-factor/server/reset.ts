import "server-only";
import { writeAudit } from "@/features/audit/server";
import { CONTROLLER } from "@/features/privacy";
import { revokeAllSessions } from "@/features/sign-in/server";
import { type Admin, assertAdmin } from "@/features/staff/server";
import { db } from "@/platform/db";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { secondFactorResetMail } from "@/platform/mail/templates";

export type SecondFactorReset =
  | { ok: true; sessionsRevoked: number }
  | { ok: false; reason: "no-account" | "own-account" | "not-set-up" };

/**
 * An administrator removes someone's app and recovery codes (the phone and the codes are lost).
 * The user is signed out everywhere; staff set up the app again at their next sign-in, customers
 * sign in with the password alone until they turn it on again. Never one's own: a second
 * administrator must do that. Audited with who did it to whom, and nothing secret.
 */
export async function resetSecondFactor(
  admin: Admin,
  email: string,
  options: { mail?: MailOptions } = {},
): Promise<SecondFactorReset> {
  assertAdmin(admin);
  const target = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, customerId: true },
  });
  if (!target) return { ok: false, reason: "no-account" };
  if (target.id === admin.userId) return { ok: false, reason: "own-account" };

  const result = await db.$transaction(async (tx): Promise<SecondFactorReset> => {
    const { count: credentials } = await tx.totpCredential.deleteMany({ where: { userId: target.id } });
    const { count: recoveryCodesDeleted } = await tx.recoveryCode.deleteMany({
      where: { userId: target.id },
    });
    if (credentials === 0 && recoveryCodesDeleted === 0) return { ok: false, reason: "not-set-up" };
    const sessionsRevoked = await revokeAllSessions(tx, target.id);
    await writeAudit(tx, {
      actorUserId: admin.userId,
      actorRole: admin.role,
      action: "auth.second-factor.reset",
      subjectCustomerId: target.customerId,
      targetType: "User",
      targetId: target.id,
      metadata: { targetRole: target.role, sessionsRevoked, recoveryCodesDeleted },
    });
    return { ok: true, sessionsRevoked };
  });
  // After the commit: the holder hears of it, in case it was not them who asked.
  if (result.ok) {
    await sendMailOrLog(
      "second-factor-reset",
      { to: target.email, ...secondFactorResetMail({ contactEmail: CONTROLLER.customerServiceEmail }) },
      options.mail,
    );
  }
  return result;
}

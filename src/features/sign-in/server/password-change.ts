import "server-only";
import { ownAccountEntry, writeAudit } from "@/features/audit/server";
import { hashPassword, verifyPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { passwordChangedMail } from "@/platform/mail/templates";
import { hitRateLimit, type RateLimitRule } from "@/platform/rate-limit";
import { MINUTE_MS } from "@/platform/time/durations";
import { PASSWORD_CHANGE_ATTEMPTS } from "../domain/security-limits";
import { resemblesAccountHolder } from "./personal-password";
import { revokeAllSessions } from "./session-store";
import { isStrongAuthFresh } from "./strong-authentication";

/** A stolen session must not become a way to guess the password it cannot see. */
export const PASSWORD_CHANGE_RULE: RateLimitRule = {
  limit: PASSWORD_CHANGE_ATTEMPTS.limit,
  windowMs: PASSWORD_CHANGE_ATTEMPTS.windowMinutes * MINUTE_MS,
};

export type CurrentPasswordCheck =
  | { ok: true }
  | { ok: false; reason: "wrong-current-password" | "too-many-attempts" };

/**
 * The password of a signed-in user, asked again before a change a borrowed session must not make.
 * Every try, from whichever form, counts against the same PASSWORD_CHANGE_RULE.
 */
export async function checkCurrentPassword(
  userId: string,
  password: string,
  now = new Date(),
): Promise<CurrentPasswordCheck> {
  if (!(await hitRateLimit("password-change", userId, PASSWORD_CHANGE_RULE, now)).allowed) {
    return { ok: false, reason: "too-many-attempts" };
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // A login deleted meanwhile (erased, or removed by retention) has no password left to match.
  if (!user) return { ok: false, reason: "wrong-current-password" };
  return (await verifyPassword(user.passwordHash, password))
    ? { ok: true }
    : { ok: false, reason: "wrong-current-password" };
}

export type PasswordChangeResult =
  | { ok: true }
  | {
      ok: false;
      reason:
        | "wrong-current-password"
        | "same-as-current"
        | "personal-password"
        | "too-many-attempts"
        | "step-up-needed";
    };

/**
 * What proves the holder wants the change: the current password, or a strong proof in this session
 * from the last STEP_UP_MINUTES (BankID, or an app code): "Glemt passord? Logg inn med BankID".
 */
export type PasswordChangeProof = { currentPassword: string } | { strongAuthAt: Date | null };

async function proofHolds(userId: string, proof: PasswordChangeProof, now: Date) {
  if ("currentPassword" in proof) return checkCurrentPassword(userId, proof.currentPassword, now);
  return isStrongAuthFresh(proof.strongAuthAt, now)
    ? ({ ok: true } as const)
    : ({ ok: false, reason: "step-up-needed" } as const);
}

/**
 * "Bytt passord" for a signed-in user. On success every session of the user is deleted, the
 * current one included (the caller signs the browser out and asks for a new login), and any
 * unused reset link is invalidated.
 */
export async function changePassword(
  userId: string,
  input: { proof: PasswordChangeProof; newPassword: string },
  options: { now?: Date; mail?: MailOptions } = {},
): Promise<PasswordChangeResult> {
  const now = options.now ?? new Date();
  const proven = await proofHolds(userId, input.proof, now);
  if (!proven.ok) return proven;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, role: true, customerId: true, passwordHash: true },
  });
  if (await verifyPassword(user.passwordHash, input.newPassword))
    return { ok: false, reason: "same-as-current" };
  if (await resemblesAccountHolder(user.id, input.newPassword))
    return { ok: false, reason: "personal-password" };

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: now },
      select: { id: true },
    });
    const sessionsRevoked = await revokeAllSessions(tx, user.id);
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await writeAudit(tx, ownAccountEntry(user, "auth.password.changed", { sessionsRevoked }));
  });

  await sendMailOrLog(
    "password changed",
    { to: user.email, ...passwordChangedMail({ resetLink: `${env().APP_URL}/glemt-passord` }) },
    options.mail,
  );
  return { ok: true };
}

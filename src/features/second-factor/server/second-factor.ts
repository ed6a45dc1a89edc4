import "server-only";
import { ownAccountEntry, writeAudit } from "@/features/audit/server";
import { CONTROLLER } from "@/features/privacy";
import { checkCurrentPassword, revokeAllSessions } from "@/features/sign-in/server";
import { type Admin, assertAdmin } from "@/features/staff/server";
import type { Prisma, Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { secondFactorResetMail } from "@/platform/mail/templates";
import { hitRateLimit, type RateLimitRule, resetRateLimit } from "@/platform/rate-limit";
import { MINUTE_MS } from "@/platform/time/durations";
import {
  formatRecoveryCode,
  SECOND_FACTOR_ATTEMPTS,
  type SecondFactorCode,
  TOTP_ENROLMENT_MINUTES,
} from "../domain/second-factor";
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";
import { decryptTotpSecret, encryptTotpSecret, matchingTotpStep, newTotpSecret, totpUri } from "./totp";

/** Code attempts per account; a right code clears the count, so only failures in a row add up. */
export const SECOND_FACTOR_RULE: RateLimitRule = {
  limit: SECOND_FACTOR_ATTEMPTS.limit,
  windowMs: SECOND_FACTOR_ATTEMPTS.windowMinutes * MINUTE_MS,
};
const RATE_LIMIT_SCOPE = "second-factor";

type CodeFailure = "wrong-code" | "code-used" | "too-many-attempts";
type Purpose = "sign-in" | "enrolment" | "disable";
type Client = Prisma.TransactionClient | typeof db;

/** The signed-in browser a code is given in: a right code marks that session, and only that one. */
export interface CodeSession {
  sessionId: string;
  userId: string;
}

/** An unconfirmed secret: who was shown it, and when it was made. */
interface EnrolmentSecret {
  enrolmentSessionId: string | null;
  createdAt: Date;
}

interface CodeOwner {
  id: string;
  role: Role;
  customerId: string | null;
  totp: (EnrolmentSecret & { secretCiphertext: string; confirmedAt: Date | null }) | null;
}

function findCodeOwner(userId: string): Promise<CodeOwner> {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      customerId: true,
      totp: {
        select: { secretCiphertext: true, confirmedAt: true, enrolmentSessionId: true, createdAt: true },
      },
    },
  });
}

/** Someone typed a wrong code for this account: it is the target, not the actor. Never the code itself. */
function auditFailure(
  client: Client,
  user: CodeOwner,
  metadata: { purpose: Purpose; method: SecondFactorCode["method"]; reason: CodeFailure },
): Promise<void> {
  return writeAudit(client, {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "auth.second-factor.failure",
    subjectCustomerId: user.customerId,
    targetType: "User",
    targetId: user.id,
    metadata,
  });
}

/** Counts one attempt; false (and audited) once the account has had too many. */
async function attemptAllowed(
  user: CodeOwner,
  purpose: Purpose,
  method: SecondFactorCode["method"],
  now: Date,
): Promise<boolean> {
  const { allowed } = await hitRateLimit(RATE_LIMIT_SCOPE, user.id, SECOND_FACTOR_RULE, now);
  if (!allowed) await auditFailure(db, user, { purpose, method, reason: "too-many-attempts" });
  return allowed;
}

async function markSessionVerified(tx: Prisma.TransactionClient, session: CodeSession, now: Date) {
  await tx.authSession.updateMany({
    where: { id: session.sessionId, userId: session.userId },
    data: { secondFactorVerifiedAt: now },
  });
}

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
async function spendCode(
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

export type TotpEnrolmentStart =
  | { ok: true; secret: string; uri: string }
  | { ok: false; reason: "already-enrolled" };

/**
 * Whether an unconfirmed secret belongs to this set-up: shown to this session, and recently. A
 * secret another session has seen may be someone else's copy (a stolen password, a shared PC).
 */
function isEnrolmentOf(totp: EnrolmentSecret, session: CodeSession, now: Date): boolean {
  return (
    totp.enrolmentSessionId === session.sessionId &&
    now.getTime() - totp.createdAt.getTime() < TOTP_ENROLMENT_MINUTES * MINUTE_MS
  );
}

/**
 * The secret to add to the authenticator app. Every tab of this session gets the same one until it
 * is confirmed or TOTP_ENROLMENT_MINUTES have passed, so reloading the page never changes a QR code
 * already scanned; any other session, or this one later, gets a new secret, replacing the old one.
 */
export async function startTotpEnrolment(
  session: CodeSession,
  now = new Date(),
): Promise<TotpEnrolmentStart> {
  const { userId } = session;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, role: true, customerId: true, totp: { select: { confirmedAt: true } } },
  });
  if (user.totp?.confirmedAt) return { ok: false, reason: "already-enrolled" };

  const stored = await db.$transaction(async (tx) => {
    const fresh = {
      secretCiphertext: encryptTotpSecret(newTotpSecret()),
      enrolmentSessionId: session.sessionId,
      createdAt: now,
      lastUsedStep: null,
    };
    // Two tabs opening the page at once: the first insert wins, and the second finds its row below.
    const { count: created } = await tx.totpCredential.createMany({
      data: { userId, ...fresh },
      skipDuplicates: true,
    });
    if (created === 0) {
      // Locked until commit: a set-up starting in another session at the same moment waits, then
      // finds this one's secret and replaces it, never showing it.
      await tx.$queryRaw`SELECT 1 FROM "TotpCredential" WHERE "userId" = ${userId}::uuid FOR UPDATE`;
      const current = await tx.totpCredential.findUniqueOrThrow({
        where: { userId },
        select: { secretCiphertext: true, confirmedAt: true, enrolmentSessionId: true, createdAt: true },
      });
      if (current.confirmedAt || isEnrolmentOf(current, session, now)) return current;
      await tx.totpCredential.update({ where: { userId }, data: fresh, select: { userId: true } });
    }
    await writeAudit(tx, {
      actorUserId: userId,
      actorRole: user.role,
      action: "auth.second-factor.enrolment-started",
      subjectCustomerId: user.customerId,
      targetType: "User",
      targetId: userId,
      metadata: { replacedUnconfirmed: created === 0 },
    });
    return { ...fresh, confirmedAt: null };
  });
  if (stored.confirmedAt) return { ok: false, reason: "already-enrolled" };
  const secret = decryptTotpSecret(stored.secretCiphertext);
  return { ok: true, secret, uri: totpUri(secret, user.email) };
}

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
    await markSessionVerified(tx, session, now);
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

export type SecondFactorCheck = { ok: true } | { ok: false; reason: CodeFailure | "not-enrolled" };

/** The sign-in step after the password: a right code (app or recovery) completes this session. */
export async function verifySecondFactor(
  session: CodeSession,
  code: SecondFactorCode,
  now = new Date(),
): Promise<SecondFactorCheck> {
  const user = await findCodeOwner(session.userId);
  return spendCode(user, "sign-in", code, now, async (tx) => {
    await markSessionVerified(tx, session, now);
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

export interface SecondFactorStatus {
  /** When the app was set up; null when the second factor is off. */
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export async function getSecondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [totp, recoveryCodesLeft] = await Promise.all([
    db.totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: totp?.confirmedAt ?? null, recoveryCodesLeft };
}

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

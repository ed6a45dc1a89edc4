import "server-only";
import { ownAccountEntry, writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { hashPassword } from "@/platform/crypto/password";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { passwordChangedMail, passwordResetMail } from "@/platform/mail/templates";
import { hitRateLimit, type RateLimitRule } from "@/platform/rate-limit";
import { durationText, RESET_LINK_VALID_MINUTES } from "../domain/security-limits";
import { throttleKeyForAddress } from "./client-ip";
import { resemblesAccountHolder } from "./personal-password";
import { revokeAllSessions } from "./session-store";

const MINUTE = 60 * 1000;
export const RESET_TOKEN_TTL_MS = RESET_LINK_VALID_MINUTES * MINUTE;
/** Links one address may have mailed to one account an hour: a stranger cannot spend the whole quota. */
export const RESET_ACCOUNT_SOURCE_RULE: RateLimitRule = { limit: 3, windowMs: 60 * MINUTE };
/** Links any number of addresses may have mailed to one account an hour: bounds mail to a victim. */
export const RESET_ACCOUNT_RULE: RateLimitRule = { limit: 10, windowMs: 60 * MINUTE };
export const RESET_IP_RULE: RateLimitRule = { limit: 20, windowMs: 60 * MINUTE };
/** A new request leaves younger links working, so a stranger's request cannot void the one the holder just got. */
export const RESET_LINK_PROTECTED_MS = 10 * MINUTE;

interface ServiceOptions {
  now?: Date;
  mail?: MailOptions;
}

/**
 * "Glemt passord". Silent about the outcome by design: the caller shows the same confirmation
 * whether or not the email belongs to an account or a limit was hit. A new link invalidates the
 * earlier unused ones that are older than RESET_LINK_PROTECTED_MS.
 */
export async function requestPasswordReset(
  input: { email: string; ip: string },
  options: ServiceOptions = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const address = throttleKeyForAddress(input.ip);
  if (!(await hitRateLimit("reset-ip", address, RESET_IP_RULE, now)).allowed) return;
  const source = `${email}\0${address}`;
  if (!(await hitRateLimit("reset-account-source", source, RESET_ACCOUNT_SOURCE_RULE, now)).allowed) return;
  const accountLimit = await hitRateLimit("reset-account", email, RESET_ACCOUNT_RULE, now);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, customerId: true, deactivatedAt: true },
  });
  // A deactivated account cannot sign in, so a link would only tell a stranger nothing useful.
  if (!user || user.deactivatedAt) return;
  // Strangers may have spent the account's hourly limit: past it, a link is still sent when the
  // holder has none younger than RESET_LINK_PROTECTED_MS, so at most one per that interval.
  if (!accountLimit.allowed && (await hasYoungLink(user.id, now))) return;

  const token = newLinkToken();
  await db.$transaction(async (tx) => {
    const { count: invalidated } = await tx.passwordResetToken.deleteMany({
      where: {
        userId: user.id,
        usedAt: null,
        createdAt: { lte: new Date(now.getTime() - RESET_LINK_PROTECTED_MS) },
      },
    });
    const created = await storeResetToken(tx, user.id, token, now);
    await writeAudit(tx, {
      actorUserId: null,
      actorRole: "ANONYMOUS",
      action: "auth.password.reset.requested",
      subjectCustomerId: user.customerId,
      targetType: "User",
      targetId: user.id,
      metadata: { tokenId: created.id, earlierLinksInvalidated: invalidated },
    });
  });

  await mailResetLink(user.email, resetLink(token), options.mail);
}

/** The address a link secret is used at: the "Glemt passord" new-password page. */
export function resetLink(token: string): string {
  return `${env().APP_URL}/glemt-passord/ny?token=${token}`;
}

/** Stores a link secret's digest for a user, valid for RESET_LINK_VALID_MINUTES from now. */
export function storeResetToken(
  tx: Prisma.TransactionClient,
  userId: string,
  token: string,
  now: Date,
): Promise<{ id: string }> {
  return tx.passwordResetToken.create({
    data: {
      userId,
      tokenHash: hashLinkToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    },
    select: { id: true },
  });
}

/** Mails a set-password link; a failed mail is logged, never undoing the committed link. */
export async function mailResetLink(to: string, link: string, mail?: MailOptions): Promise<void> {
  await sendMailOrLog(
    "password reset",
    { to, ...passwordResetMail({ link, validFor: durationText(RESET_LINK_VALID_MINUTES) }) },
    mail,
  );
}

async function hasYoungLink(userId: string, now: Date): Promise<boolean> {
  const young = await db.passwordResetToken.count({
    where: { userId, usedAt: null, createdAt: { gt: new Date(now.getTime() - RESET_LINK_PROTECTED_MS) } },
  });
  return young > 0;
}

/** Whether a link can still be used: shown before the new-password form, not relied on to complete. */
export async function isResetTokenUsable(token: string, now: Date = new Date()): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return Boolean(row && !row.usedAt && row.expiresAt > now);
}

export type PasswordResetResult = { ok: true } | { ok: false; reason: "invalid-token" | "personal-password" };

/**
 * Sets a new password from an emailed link. The link is claimed with one conditional UPDATE, so
 * it works exactly once even when two requests race; the account is unlocked and signed out
 * everywhere.
 */
export async function completePasswordReset(
  input: { token: string; password: string },
  options: ServiceOptions = {},
): Promise<PasswordResetResult> {
  const now = options.now ?? new Date();
  const tokenHash = hashLinkToken(input.token);
  const candidate = await db.passwordResetToken.findUnique({
    where: { tokenHash },
    select: { usedAt: true, expiresAt: true, userId: true },
  });
  if (!candidate || candidate.usedAt || candidate.expiresAt <= now)
    return { ok: false, reason: "invalid-token" };
  // Checked before the link is claimed, so the user can try another password with the same link.
  if (await resemblesAccountHolder(candidate.userId, input.password)) {
    return { ok: false, reason: "personal-password" };
  }

  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return null;
    const token = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, userId: true },
    });
    const updated = await tx.user.update({
      where: { id: token.userId },
      data: {
        passwordHash,
        passwordChangedAt: now,
        failedLoginCount: 0,
        lastFailedLoginAt: null,
        lockedUntil: null,
      },
      select: { id: true, email: true, role: true, customerId: true },
    });
    // Other links may still be live (a new request spares young ones): the new password ends them.
    await tx.passwordResetToken.deleteMany({ where: { userId: updated.id, usedAt: null } });
    const sessionsRevoked = await revokeAllSessions(tx, updated.id);
    await writeAudit(
      tx,
      ownAccountEntry(updated, "auth.password.reset.completed", { tokenId: token.id, sessionsRevoked }),
    );
    return updated;
  });
  if (!user) return { ok: false, reason: "invalid-token" };

  await sendMailOrLog(
    "password changed",
    { to: user.email, ...passwordChangedMail({ resetLink: `${env().APP_URL}/glemt-passord` }) },
    options.mail,
  );
  return { ok: true };
}

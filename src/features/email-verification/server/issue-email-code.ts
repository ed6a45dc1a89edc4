import "server-only";
import { auditEntry, writeAudit } from "@/features/audit/server";
import { durationText } from "@/features/sign-in";
import { db } from "@/platform/db";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { emailCodeMail } from "@/platform/mail/templates";
import { hitRateLimit, type RateLimitRule } from "@/platform/rate-limit";
import { MINUTE_MS } from "@/platform/time/durations";
import { EMAIL_CODE_ISSUE_LIMIT, EMAIL_CODE_VALID_MINUTES, formatEmailCode } from "../domain/email-code";
import { type CodeBinding, emailCodeHash, newEmailCode, normaliseAddress } from "./code-hash";
import { auditSubject, subjectKey } from "./subject";

const ISSUE_RULE: RateLimitRule = {
  limit: EMAIL_CODE_ISSUE_LIMIT.limit,
  windowMs: EMAIL_CODE_ISSUE_LIMIT.windowMinutes * MINUTE_MS,
};

export type IssueEmailCodeResult =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: "throttled" | "not-sent" };

/**
 * Mails a fresh code to `email` for the subject, replacing any code it had for the purpose (the
 * earlier one stops working). Throttled per subject and, separately, per address, so neither a
 * stranger nor a script can flood someone's inbox. The caller has checked that the subject may ask.
 */
export async function issueEmailCode(
  input: CodeBinding & { now?: Date },
  options: { mail?: MailOptions } = {},
): Promise<IssueEmailCodeResult> {
  const now = input.now ?? new Date();
  const binding = {
    purpose: input.purpose,
    subjectId: input.subjectId,
    email: normaliseAddress(input.email),
  };
  const perSubject = `${binding.purpose}\0${binding.subjectId}`;
  if (!(await hitRateLimit("email-code-subject", perSubject, ISSUE_RULE, now)).allowed) {
    return { ok: false, reason: "throttled" };
  }
  if (!(await hitRateLimit("email-code-address", binding.email, ISSUE_RULE, now)).allowed) {
    return { ok: false, reason: "throttled" };
  }

  const code = newEmailCode();
  const key = subjectKey(binding.purpose, binding.subjectId);
  const stored = {
    codeHash: emailCodeHash(binding, code),
    attempts: 0,
    expiresAt: new Date(now.getTime() + EMAIL_CODE_VALID_MINUTES * MINUTE_MS),
    createdAt: now,
  };
  await db.$transaction(async (tx) => {
    await tx.emailVerification.upsert({
      where: key,
      create: { ...key, ...stored },
      update: stored,
      select: { id: true },
    });
    const subject = await auditSubject(tx, binding.purpose, binding.subjectId);
    await writeAudit(tx, auditEntry(subject, "email-verification.issued", { purpose: binding.purpose }));
  });

  const mail = emailCodeMail({
    code: formatEmailCode(code),
    validFor: durationText(EMAIL_CODE_VALID_MINUTES),
  });
  const sent = await sendMailOrLog("email code", { to: binding.email, ...mail }, options.mail);
  return sent ? { ok: true, expiresAt: stored.expiresAt } : { ok: false, reason: "not-sent" };
}

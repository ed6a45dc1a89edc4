import "server-only";
// A new contact email, which is also the login name (Art. 16 on Min side). It takes two steps: the
// request mails a code to the NEW address, and only the right code changes the email and the login,
// so nobody can move an account to an address they do not receive mail at. Until then nothing
// changes for the customer. The old address is told once the change is made.
import { writeAudit } from "@/features/audit/server";
import type { EmailCodeFailure } from "@/features/email-verification";
import { issueEmailCode, verifyEmailCode } from "@/features/email-verification/server";
import { checkCurrentPassword } from "@/features/sign-in/server";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { sendMailOrLog } from "@/platform/mail/mailer";
import { contactEmailChangedMail } from "@/platform/mail/templates";
import type { TEmailChange, TEmailChangeConfirm } from "../domain/self-service";
import type { CustomerActor, RequestOptions } from "./actors";

const PURPOSE = "email-change";

export type EmailChangeRequestResult =
  | { ok: true; email: string }
  | {
      ok: false;
      reason:
        | "wrong-current-password"
        | "too-many-attempts"
        | "same-email"
        | "email-taken"
        | "throttled"
        | "not-sent";
    };

/**
 * The one place that decides whether the signed-in person may change the login email: today the
 * current password, which a borrowed session does not have. A requirement of fresh strong
 * authentication (step-up) belongs here too. The code step works only after this has passed (a
 * code exists only once a request has), so what is checked here guards the whole change.
 */
function mayChangeLoginEmail(actor: CustomerActor, input: TEmailChange, now: Date | undefined) {
  return checkCurrentPassword(actor.userId, input.currentPassword, now);
}

/** Step one: checks the holder and the address, and mails a code to the new address. Changes nothing. */
export async function requestEmailChange(
  actor: CustomerActor,
  input: TEmailChange,
  options: RequestOptions = {},
): Promise<EmailChangeRequestResult> {
  const allowed = await mayChangeLoginEmail(actor, input, options.now);
  if (!allowed.ok) return allowed;
  const customer = await db.customer.findUniqueOrThrow({
    where: { id: actor.customerId },
    select: { email: true },
  });
  if (customer.email === input.email) return { ok: false, reason: "same-email" };
  // Told before a code is mailed: a code to another account's address could never be used.
  const holder = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (holder && holder.id !== actor.userId) return { ok: false, reason: "email-taken" };
  const issued = await issueEmailCode(
    { purpose: PURPOSE, subjectId: actor.userId, email: input.email, now: options.now },
    { mail: options.mail },
  );
  return issued.ok ? { ok: true, email: input.email } : issued;
}

export type EmailChangeConfirmResult = { ok: true } | { ok: false; reason: EmailCodeFailure | "email-taken" };

/**
 * Step two: the code mailed to `input.email` changes the customer's email and the login in the same
 * transaction that uses the code up, audited; then the old address is told.
 */
export async function confirmEmailChange(
  actor: CustomerActor,
  input: TEmailChangeConfirm,
  options: RequestOptions = {},
): Promise<EmailChangeConfirmResult> {
  const before = await db.customer.findUniqueOrThrow({
    where: { id: actor.customerId },
    select: { email: true },
  });
  try {
    const verified = await verifyEmailCode(
      { purpose: PURPOSE, subjectId: actor.userId, email: input.email, code: input.code, now: options.now },
      { onVerified: (tx) => changeLoginEmail(tx, actor, input.email) },
    );
    if (!verified.ok) return verified;
  } catch (error) {
    // Someone else took the address after the code was sent: the code stays unspent.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "email-taken" };
    }
    throw error;
  }
  if (before.email && before.email !== input.email) {
    await sendMailOrLog("email changed", { to: before.email, ...contactEmailChangedMail() }, options.mail);
  }
  return { ok: true };
}

async function changeLoginEmail(tx: Prisma.TransactionClient, actor: CustomerActor, email: string) {
  await tx.customer.update({ where: { id: actor.customerId }, data: { email }, select: { id: true } });
  await tx.user.update({ where: { id: actor.userId }, data: { email }, select: { id: true } });
  await writeAudit(tx, {
    actorUserId: actor.userId,
    actorRole: "CUSTOMER",
    action: "contact.email.changed",
    subjectCustomerId: actor.customerId,
    targetType: "Customer",
    targetId: actor.customerId,
  });
}

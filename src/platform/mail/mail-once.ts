import "server-only";
// A queued job's mail, sent once however often pg-boss runs the job. pg-boss delivers a job at least
// once: a worker killed after the SMTP server took the mail, or a run that outlives its expiry, is run
// again. The job's key is claimed in the database before the mail goes and marked when the server has
// taken it, so a rerun finds it sent. What no database can know is whether a worker that died mid-send
// got the mail out: that mail is sent again once its claim has run out, with the same Message-ID, by
// which the recipient's mail system knows it for the same message.
import { randomUUID } from "node:crypto";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { type MailMessage, type MailOptions, SMTP_TIMEOUTS_MS, sendMail } from "./mailer";

/** Longer than a send may take (the mailer's timeouts), so a live send is never taken over. */
export const MAIL_CLAIM_MS =
  SMTP_TIMEOUTS_MS.connection + SMTP_TIMEOUTS_MS.greeting + SMTP_TIMEOUTS_MS.socket + 30_000;

/** How long a sent mail's record is kept: pg-boss retries a job for minutes, never for weeks. */
export const MAIL_DELIVERY_KEPT_DAYS = 30;

/** Another run of the same job is sending this mail now: thrown so the queue tries again later. */
export class MailBeingSent extends Error {
  constructor() {
    super("Another run of this job is sending its mail");
    this.name = "MailBeingSent";
  }
}

/** `<uuid@domain>`, the domain of the sender's own address. */
function newMessageId(): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(env().MAIL_FROM)?.[1] ?? "localhost";
  return `<${randomUUID()}@${domain}>`;
}

/**
 * Sends the mail of the job run `key` (the job's name and pg-boss id) unless a run of it already has:
 * "sent" when this call sent it, "sent-before" when an earlier run had. Throws MailBeingSent while another
 * run holds the claim, and the SMTP error when the mail could not be sent (the claim is let go at once).
 */
export async function sendMailOnce(
  key: string,
  message: MailMessage,
  options: MailOptions & { now?: Date } = {},
): Promise<"sent" | "sent-before"> {
  const now = options.now ?? new Date();
  const claimedUntil = new Date(now.getTime() + MAIL_CLAIM_MS);
  // A new key is claimed by the insert; a known one only when unsent and its claim has run out.
  const [claim] = await db.$queryRaw<{ messageId: string }[]>`
    INSERT INTO "MailDelivery" ("key", "messageId", "claimedUntil")
    VALUES (${key}, ${newMessageId()}, ${claimedUntil})
    ON CONFLICT ("key") DO UPDATE SET "claimedUntil" = EXCLUDED."claimedUntil"
      WHERE "MailDelivery"."sentAt" IS NULL AND "MailDelivery"."claimedUntil" <= ${now}
    RETURNING "messageId"`;
  if (!claim) {
    const known = await db.mailDelivery.findUnique({ where: { key }, select: { sentAt: true } });
    if (known?.sentAt) return "sent-before";
    throw new MailBeingSent();
  }
  try {
    await sendMail({ ...message, messageId: claim.messageId }, options);
  } catch (error) {
    await db.mailDelivery.updateMany({ where: { key, sentAt: null }, data: { claimedUntil: now } });
    throw error;
  }
  await db.mailDelivery.update({ where: { key }, data: { sentAt: new Date() } });
  return "sent";
}

/** Deletes the records of mails sent or claimed more than MAIL_DELIVERY_KEPT_DAYS ago; returns how many. */
export async function purgeMailDeliveries(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - MAIL_DELIVERY_KEPT_DAYS * 86_400_000);
  const { count } = await db.mailDelivery.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}

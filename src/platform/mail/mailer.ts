import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/platform/env";
import { logError } from "@/platform/log";

/** A file sent with a mail (the contract as a PDF). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: readonly MailAttachment[];
  /** The Message-ID header; nodemailer makes one when none is given. */
  messageId?: string;
}

/** Lets a test point one call at its own SMTP sink; the app always uses SMTP_URL. */
export interface MailOptions {
  smtpUrl?: string;
}

/**
 * Bounds on one send (nodemailer's defaults let a silent server hold it for ten minutes): a mail sent
 * once per job (mail-once.ts) is claimed for longer than their sum.
 */
export const SMTP_TIMEOUTS_MS = { connection: 20_000, greeting: 20_000, socket: 60_000 } as const;

const transports = new Map<string, Transporter>();

/**
 * smtps:// is TLS from the first byte; smtp:// must upgrade with STARTTLS, except to a sink on
 * this machine (the development/test mail sink speaks no TLS).
 */
function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    const url = new URL(smtpUrl);
    const implicitTls = url.protocol === "smtps:";
    const local = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
    transport = nodemailer.createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : implicitTls ? 465 : 587,
      secure: implicitTls,
      connectionTimeout: SMTP_TIMEOUTS_MS.connection,
      greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
      socketTimeout: SMTP_TIMEOUTS_MS.socket,
      ...(implicitTls ? {} : local ? { ignoreTLS: true } : { requireTLS: true }),
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
    });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** Sends one mail. Throws on failure; never logs the recipient. */
export async function sendMail(message: MailMessage, options: MailOptions = {}): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  const { attachments, ...rest } = message;
  await transportFor(options.smtpUrl ?? SMTP_URL).sendMail({
    from: MAIL_FROM,
    ...rest,
    ...(attachments?.length
      ? {
          attachments: attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.content),
          })),
        }
      : {}),
  });
}

/**
 * For mails whose failure must not undo the change that caused them (the change is committed).
 * Says whether the mail went, for a caller whose mail is the only way its news reaches someone.
 */
export async function sendMailOrLog(
  purpose: string,
  message: MailMessage,
  options?: MailOptions,
): Promise<boolean> {
  try {
    await sendMail(message, options);
    return true;
  } catch (error) {
    logError(`mail.${purpose}`, error);
    return false;
  }
}

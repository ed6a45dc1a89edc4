// A local SMTP server that accepts every message and saves it as files instead of delivering it:
// development, the demo and tests read "sent" mail from a folder. Plain SMTP without TLS or AUTH,
// listening on 127.0.0.1 only.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One received mail as saved in `<dir>/<time>-<id>.json`, next to the raw `.eml`. */
export interface SinkMail {
  to: string[];
  from: string;
  subject: string;
  /** The Message-ID header: a mail sent again by a retried job carries the first one's. */
  messageId: string;
  text: string;
  html: string;
  /** Files sent with the mail, their content as base64. */
  attachments: { filename: string; contentType: string; size: number; contentBase64: string }[];
  receivedAt: string;
}

export interface MailSink {
  port: number;
  close(): Promise<void>;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Starts the sink; `port: 0` picks a free port (read it from the result). */
export async function startMailSink(options: {
  port: number;
  dir: string;
  host?: string;
}): Promise<MailSink> {
  await fs.mkdir(options.dir, { recursive: true });
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    async onData(stream, session, callback) {
      try {
        const raw = await readStream(stream);
        const parsed = await simpleParser(raw);
        const receivedAt = new Date();
        const mail: SinkMail = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          from: parsed.from?.text ?? "",
          subject: parsed.subject ?? "",
          messageId: parsed.messageId ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          attachments: parsed.attachments.map((a) => ({
            filename: a.filename ?? "",
            contentType: a.contentType,
            size: a.content.length,
            contentBase64: a.content.toString("base64"),
          })),
          receivedAt: receivedAt.toISOString(),
        };
        // Colons are not allowed in Windows file names; the name still sorts by time.
        const base = `${receivedAt.toISOString().replaceAll(":", "-")}-${randomUUID().slice(0, 8)}`;
        await fs.writeFile(path.join(options.dir, `${base}.eml`), raw);
        // The .json last, and renamed into place: a reader never sees a half-written message.
        const json = path.join(options.dir, `${base}.json`);
        await fs.writeFile(`${json}.tmp`, `${JSON.stringify(mail, null, 2)}\n`);
        await fs.rename(`${json}.tmp`, json);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // A client that dies mid-conversation (a killed server instance) resets its connection: the sink
  // says so and goes on; without a listener the reset would end the process.
  server.on("error", (error) => console.error(`mail sink: ${error.message}`));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

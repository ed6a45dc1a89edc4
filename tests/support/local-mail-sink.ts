// A mail sink of this test file's own, on a free port, for services that send mail.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type MailSink, startMailSink } from "../../scripts/lib/mail-sink";

export interface LocalMailSink {
  /** Where the sink saves each mail (read it with readMailTo / waitForMailTo). */
  dir: string;
  /** The options to pass a service so that it mails this sink. */
  mail: { smtpUrl: string };
}

/** Starts the sink before the file's tests and removes it and its mail after them. */
export function localMailSinkForFile(): LocalMailSink {
  const local: LocalMailSink = { dir: "", mail: { smtpUrl: "" } };
  let sink: MailSink | undefined;
  beforeAll(async () => {
    local.dir = fs.mkdtempSync(path.join(os.tmpdir(), "minside-mail-"));
    sink = await startMailSink({ port: 0, dir: local.dir });
    local.mail.smtpUrl = `smtp://127.0.0.1:${sink.port}`;
  });
  afterAll(async () => {
    await sink?.close();
    fs.rmSync(local.dir, { recursive: true, force: true });
  });
  return local;
}

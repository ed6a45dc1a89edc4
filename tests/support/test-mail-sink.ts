// A local SMTP sink for one integration test file: started before its tests, removed after.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type MailSink, startMailSink } from "../../scripts/lib/mail-sink";

/** Call at the top of a test file; read `dir` and pass `options` (for the services' `mail`) in tests. */
export function mailSinkForThisFile(): { dir: string; options: { smtpUrl: string } } {
  const state = { dir: "", options: { smtpUrl: "" } };
  let sink: MailSink;
  beforeAll(async () => {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), "minside-mail-"));
    sink = await startMailSink({ port: 0, dir: state.dir });
    state.options.smtpUrl = `smtp://127.0.0.1:${sink.port}`;
  });
  afterAll(async () => {
    await sink.close();
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

// npm run mail:sink: receive the portal's mail on this machine and save each message as files.
// Listens on the port of SMTP_URL (default 2525) and writes to MAIL_SINK_DIR (default .data/mail).
import "./load-env";
import path from "node:path";
import { env } from "@/platform/env";
import { startMailSink } from "./lib/mail-sink";

const { SMTP_URL, MAIL_SINK_DIR } = env();
const smtp = new URL(SMTP_URL);
if (!["127.0.0.1", "localhost"].includes(smtp.hostname)) {
  console.warn(`SMTP_URL points at ${smtp.hostname}, not this machine: the portal will not send mail here.`);
}
const sink = await startMailSink({ port: Number(smtp.port || 2525), dir: MAIL_SINK_DIR });
console.log(`Mail sink listening on smtp://127.0.0.1:${sink.port}`);
console.log(`Each message is saved in ${path.resolve(MAIL_SINK_DIR)} as <time>-<id>.json and .eml`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await sink.close();
    process.exit(0);
  });
}

// `npm start` (the built portal) and `npm run dev` (`--dev`: next dev): prepares the database
// (migrations, demo data on first start), starts a local mail sink when mail would go to this
// machine and nothing listens there, then runs Next.js.
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { env } from "@/server/env";
import { DEMO_TOTP_SECRET } from "../prisma/seed/people";
import { startMailSink } from "./lib/mail-sink";
import { TSX_WITH_SERVER_CODE } from "./lib/tsx-with-server-code";

const devMode = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
// `next start` runs with NODE_ENV=production; without an explicit APP_ENV this launcher is a demo.
process.env.APP_ENV ??= devMode ? "development" : "demo";
// Next.js would otherwise try to report anonymous usage data to Vercel.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const config = env();

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

function isListening(hostname: string, smtpPort: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: smtpPort });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForHealth(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 240 && child.exitCode === null; attempt++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

await run(process.execPath, [...TSX_WITH_SERVER_CODE, "scripts/prepare-database.ts"]);

const smtp = new URL(config.SMTP_URL);
const smtpPort = Number(smtp.port || 25);
const localSmtp = ["127.0.0.1", "localhost"].includes(smtp.hostname);
const sink =
  localSmtp && !(await isListening(smtp.hostname, smtpPort))
    ? await startMailSink({ port: smtpPort, dir: config.MAIL_SINK_DIR })
    : undefined;

const next = spawn(
  path.join("node_modules", ".bin", "next"),
  [devMode ? "dev" : "start", "--port", String(port), "--hostname", host],
  { stdio: "inherit", env: process.env },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", async (code) => {
  await sink?.close();
  process.exit(code ?? 1);
});

if (await waitForHealth(`http://127.0.0.1:${port}/api/health`, next)) {
  console.log(`
Min side is running: ${config.APP_URL}
  Database: ${config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.EMBEDDED_DATABASE_DIR}`}
  Customer: kari.nordmann@example.com / Klarkraft-demo-2026  (see README for all demo logins)
  Staff:    kundeservice@example.com / Klarkraft-demo-2026  → ${config.APP_URL}/admin
            then the code from \`npm run totp\` (authenticator secret ${DEMO_TOTP_SECRET})
  Mail:     ${sink ? `saved as files in ${config.MAIL_SINK_DIR}/` : `sent to ${smtp.host}`}
`);
}

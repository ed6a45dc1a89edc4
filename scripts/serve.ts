// `npm start` (the built portal) and `npm run dev` (`--dev`: next dev): checks that it may start,
// prepares the database (migrations, demo data on first start), starts a local mail sink when mail
// would go to this machine and nothing listens there (and likewise the registry simulator and the
// local BankID), then runs Next.js behind our own HTTP server (scripts/next-server.ts).
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { developmentSecretsIn, env } from "@/platform/env";
import { DEMO_TOTP_SECRET } from "../prisma/seed/people";
import { decideLaunch } from "./lib/launch-policy";
import { startMailSink } from "./lib/mail-sink";
import {
  bankIdOnSimulator,
  registriesOnSimulator,
  startLocalBankId,
  startSimulators,
} from "./lib/simulators";
import { TSX_WITH_SERVER_CODE } from "./lib/tsx-with-server-code";
import { ensureLocalVapidKeys } from "./lib/vapid-keys";

const devMode = process.argv.includes("--dev");
// Only an APP_ENV=demo the operator set asks for a demo on the network; the default below does not.
const demoRequested = process.env.APP_ENV === "demo";
// The built server runs with NODE_ENV=production; without an explicit APP_ENV this launcher is a demo.
// `APP_ENV=` (blank, as copied from .env.example) counts as unset, for this process and its children alike.
if (!process.env.APP_ENV) process.env.APP_ENV = devMode ? "development" : "demo";
// Next.js would otherwise try to report anonymous usage data to Vercel.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// Before the configuration is read: the demo's own VAPID key pair, made once (scripts/lib/vapid-keys.ts).
ensureLocalVapidKeys();
const config = env();
const { HOST: host, PORT: port } = config;

const launch = decideLaunch({ host, developmentSecrets: developmentSecretsIn(config), demoRequested });
if (!launch.start) {
  console.error(`\n${launch.reason}\n`);
  process.exit(1);
}
if (launch.banner) console.warn(`\n${launch.banner}\n`);

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

function isListening(hostname: string, portNumber: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: portNumber });
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

// It prints why it failed (a database another process has open, a failed migration): just stop.
await run(process.execPath, [...TSX_WITH_SERVER_CODE, "scripts/prepare-database.ts"]).catch(() =>
  process.exit(1),
);

const smtp = new URL(config.SMTP_URL);
const smtpPort = Number(smtp.port || 25);
const localSmtp = ["127.0.0.1", "localhost"].includes(smtp.hostname);
const sink =
  localSmtp && !(await isListening(smtp.hostname, smtpPort))
    ? await startMailSink({ port: smtpPort, dir: config.MAIL_SINK_DIR })
    : undefined;

// Like the mail sink: the registry simulators, when the registries are configured to be them.
const simulators =
  registriesOnSimulator(config) && !(await isListening("127.0.0.1", config.SIMULATOR_PORT))
    ? await startSimulators(config.SIMULATOR_PORT)
    : undefined;
// And the local BankID, when BANKID_ISSUER is its address (the browser suite's server starts its own).
const bankId =
  bankIdOnSimulator(config) && !(await isListening("127.0.0.1", config.BANKID_SIMULATOR_PORT))
    ? await startLocalBankId(config)
    : undefined;

const next = spawn(
  process.execPath,
  [...TSX_WITH_SERVER_CODE, "scripts/next-server.ts", ...(devMode ? ["--dev"] : [])],
  { stdio: "inherit", env: { ...process.env, NODE_ENV: devMode ? "development" : "production" } },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", async (code) => {
  await sink?.close();
  await simulators?.close();
  await bankId?.close();
  process.exit(code ?? 1);
});

/** Where this machine reaches the server: a wildcard address answers on loopback too. */
function localUrl(pathname: string): string {
  const reachable = ["0.0.0.0", "::", "[::]"].includes(host) ? "127.0.0.1" : host;
  return `http://${reachable.includes(":") && !reachable.startsWith("[") ? `[${reachable}]` : reachable}:${port}${pathname}`;
}

if (await waitForHealth(localUrl("/api/health"), next)) {
  if (launch.banner) console.warn(launch.banner);
  console.log(`
Min side is running: ${config.APP_URL}
  Database: ${config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.EMBEDDED_DATABASE_DIR}`}
  Customer: kari.nordmann@example.com / Klarkraft-demo-2026  (see README for all demo logins)
  Staff:    kundeservice@example.com / Klarkraft-demo-2026  → ${config.APP_URL}/admin
            then the code from \`npm run totp\` (authenticator secret ${DEMO_TOTP_SECRET})
  Mail:     ${sink ? `saved as files in ${config.MAIL_SINK_DIR}/` : `sent to ${smtp.host}`}
  Registries: ${registriesOnSimulator(config) ? `simulated on http://127.0.0.1:${config.SIMULATOR_PORT} (README: synthetic people to try)` : "the configured services"}
  BankID:   ${bankIdOnSimulator(config) ? `local test BankID on ${config.BANKID_ISSUER} (pick a synthetic person on its page)` : `the broker at ${config.BANKID_ISSUER}`}
`);
}

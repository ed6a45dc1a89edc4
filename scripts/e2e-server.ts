// The server the browser suite runs against: a fresh database (PostgreSQL when DATABASE_URL is set,
// else a new embedded data folder), fresh demo data, its own mail folder and port, and a local BankID
// of its own that offers faults in the ID token. `--keep-data` starts it again on the embedded folder
// a previous run left (the smoke test's restart).
import "./load-env";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { lockDataFolder } from "@/platform/database/data-folder-lock";
import { parseEnv } from "@/platform/env";
import {
  E2E_ACCOUNTS_SOCKET,
  E2E_AUTH_SECRET,
  E2E_BANKID_PORT,
  E2E_DIR,
  E2E_HEALTH_TOKEN,
  E2E_LETTER_MAILBOX,
  E2E_PORT,
  E2E_SIMULATOR_PORT,
  E2E_SMTP_PORT,
  E2E_TRACKER_IDS,
} from "../tests/e2e/support/e2e-settings";
import { openOrExplain } from "./lib/command-database";
import { startLocalBankId } from "./lib/simulators";
import { TSX_WITH_SERVER_CODE } from "./lib/tsx-with-server-code";

// Never wipe the folder of a portal still running on it (a suite or smoke test that did not stop
// its server): taking its lock refuses, and says whose it is.
if (!process.argv.includes("--keep-data")) {
  openOrExplain(() => lockDataFolder(path.join(E2E_DIR, "pglite"))).release();
  fs.rmSync(E2E_DIR, { recursive: true, force: true });
}
fs.mkdirSync(E2E_DIR, { recursive: true });

const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(E2E_PORT),
  AUTH_SECRET: E2E_AUTH_SECRET,
  HOST: "127.0.0.1",
  // No cron fires during the suite: the 03:41 retention run ended the demo's leaving customer's login
  // in the middle of a run that crossed it (their erasure test then found no account).
  JOB_SCHEDULES: "off",
  APP_URL: `http://127.0.0.1:${E2E_PORT}`,
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  LETTER_MAILBOX: E2E_LETTER_MAILBOX,
  // The launcher starts the registry simulators here; tests queue faults on it.
  SIMULATOR_PORT: String(E2E_SIMULATOR_PORT),
  FOLKEREGISTER_URL: "",
  ELHUB_URL: "",
  EXPERIAN_URL: "",
  SPOT_PRICES_URL: "",
  // The portal signs in with the local BankID started below, as its default client.
  BANKID_SIMULATOR_PORT: String(E2E_BANKID_PORT),
  BANKID_ISSUER: "",
  BANKID_CLIENT_ID: "",
  BANKID_CLIENT_SECRET: "",
  MAIL_SINK_DIR: path.join(E2E_DIR, "mail"),
  EMBEDDED_DATABASE_DIR: path.join(E2E_DIR, "pglite"),
  // The suite plays the reverse proxy: each test's X-Forwarded-For is its own client address.
  TRUSTED_PROXY_HOPS: "1",
  HEALTH_TOKEN: E2E_HEALTH_TOKEN,
  // Tests make their own accounts here (tests/e2e/support/fixture-channel.ts).
  E2E_ACCOUNTS_SOCKET,
  ...E2E_TRACKER_IDS,
};

if (process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL);
  const name = `${url.pathname.slice(1)}_e2e`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  serverEnv.DATABASE_URL = url.toString();
}

// Started here, not by the launcher (which finds it listening and leaves it be): only the suite's
// provider offers "Feil i ID-tokenet". A port already taken stops the suite rather than let it test
// against a provider without them.
await startLocalBankId(parseEnv({ ...serverEnv, APP_ENV: serverEnv.APP_ENV || "demo" }), {
  allowTokenFaults: true,
}).catch((error: NodeJS.ErrnoException) => {
  console.error(
    `The browser suite's BankID could not listen on port ${E2E_BANKID_PORT} (${error.code}): set E2E_BANKID_PORT.`,
  );
  process.exit(1);
});

const server = spawn(process.execPath, [...TSX_WITH_SERVER_CODE, "scripts/serve.ts"], {
  stdio: "inherit",
  env: serverEnv,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));

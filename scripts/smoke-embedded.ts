// CI smoke test of the default setup: the built portal on a fresh embedded database answers its
// health check and lets a demo customer sign in and see their own name. Then, with the portal
// running, every command an operator might run on its database is refused before it touches the
// data folder (issue #18: a second opener corrupted it); the portal keeps writing, is killed like a
// crash, starts again on the same folder, and still has every write. Stopped, the commands run.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { E2E_DIR, E2E_PORT } from "../tests/e2e/support/e2e-settings";
import { PortalVisitor, waitForHealth } from "./lib/portal-client";
import { TSX_WITH_SERVER_CODE } from "./lib/tsx-with-server-code";

const base = `http://127.0.0.1:${E2E_PORT}`;
const env = { ...process.env };
delete env.DATABASE_URL;
// The folder e2e-server.ts gives the portal; the commands below open the same one.
const commandEnv = { ...env, EMBEDDED_DATABASE_DIR: path.join(E2E_DIR, "pglite") };
let server: ChildProcess | undefined;

function startPortal(keepData: boolean): ChildProcess {
  const args = [...TSX_WITH_SERVER_CODE, "scripts/e2e-server.ts"];
  return spawn(process.execPath, keepData ? [...args, "--keep-data"] : args, {
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
}

function fail(message: string): never {
  console.error(`SMOKE FAILED: ${message}`);
  if (server?.exitCode === null) process.kill(-(server.pid as number), "SIGTERM");
  process.exit(1);
}
// Whatever goes wrong, the portal is stopped: one left running would hold the folder the next run wipes.
process.on("uncaughtException", (error) => fail(`${error.name}: ${error.message}`));
process.on("unhandledRejection", (error) => fail(String(error)));

/** Signals the portal's whole process group (launcher, Next.js, mail sink, simulators) and waits. */
async function stopPortal(signal: "SIGKILL" | "SIGTERM") {
  const portal = server as ChildProcess;
  const exited = new Promise((resolve) => portal.once("exit", resolve));
  process.kill(-(portal.pid as number), signal);
  await exited;
}

async function expectHealthy() {
  const health = await waitForHealth(base);
  if (health.status !== "ok") fail("the health check never answered ok");
  if (health.database !== "embedded") fail(`health reports database ${health.database}, expected embedded`);
}

async function expectOwnOverview(visitor: PortalVisitor, name: string, when: string) {
  const page = await visitor.page("/min-side");
  if (page.status !== 200 || !page.html.includes(name))
    fail(`${when}: /min-side answered ${page.status} without ${name}'s name`);
}

const OPERATOR_COMMANDS = [
  ["run", "retention", "--", "--dry-run"],
  ["run", "retention"],
  [
    "run",
    "staff:create",
    "--",
    "--email",
    "ny.ansatt@example.com",
    "--name",
    "Ny Ansatt",
    "--role",
    "SUPPORT",
  ],
  ["run", "db:seed"],
  ["run", "db:migrate"],
];

function runCommand(args: string[]) {
  const result = spawnSync("npm", ["--silent", ...args], { env: commandEnv, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

if ((await fetch(`${base}/api/health`).catch(() => null)) !== null)
  fail(`something already answers on ${base}: stop it first`);
server = startPortal(false);
await expectHealthy();
console.log("smoke: health ok on the embedded database");
const kari = new PortalVisitor(base);
if (!(await kari.signIn("kari.nordmann@example.com"))) fail("Kari's sign-in gave no session cookie");
await expectOwnOverview(kari, "Kari Nordmann", "signed in");
console.log("smoke: a demo customer signed in and saw their own overview");

for (const args of OPERATOR_COMMANDS) {
  const { status, output } = runCommand(args);
  if (status !== 1 || !output.includes("is open in another process") || !output.includes("Stopp portalen"))
    fail(`\`npm ${args.join(" ")}\` beside the running portal exited ${status} without refusing:\n${output}`);
}
console.log(`smoke: ${OPERATOR_COMMANDS.length} operator commands beside the running portal were refused`);

const ola = new PortalVisitor(base);
if (!(await ola.signIn("ola.hansen@example.com"))) fail("Ola's sign-in after the commands gave no session");
await stopPortal("SIGKILL");
server = startPortal(true);
await expectHealthy();
await expectOwnOverview(kari, "Kari Nordmann", "after a crash and a restart");
await expectOwnOverview(ola, "Ola Hansen", "after a crash and a restart");
console.log(
  "smoke: killed and restarted on the same folder, both sessions (one from after the commands) live",
);

await stopPortal("SIGTERM");
const stopped = runCommand(["run", "retention", "--", "--dry-run"]);
if (stopped.status !== 0)
  fail(`\`npm run retention -- --dry-run\` on the stopped portal's folder failed:\n${stopped.output}`);
console.log("smoke: with the portal stopped, npm run retention -- --dry-run ran");
process.exit(0);

// npm run bench:instances [-- --seconds 60 --customers 50 --staff 3 --think-ms 500]
// Two portal instances behind nginx, end to end on this machine: a fresh copy of the bench:load
// database (<DATABASE_URL's name>_bench_load_instances; the bench:load database is prepared first
// unless one from today is there), two instances of the built portal (scripts/next-server.ts, ports
// 3401 and 3402, the same DATABASE_URL and AUTH_SECRET, TRUSTED_PROXY_HOPS=1), nginx 1.22 with the
// repo's deploy/nginx.conf (a run-time copy with ports and paths substituted: scripts/lib/load/
// nginx-runner.ts) on 3480, and a mail sink on 3490. Runs the bench:load journey through nginx twice:
// both instances up, then with instance B killed (SIGKILL) halfway. During each run it queues one
// contract confirmation per customer into pg-boss and counts the mails afterwards. Prints each run's
// figures and what the kill did: errors per step (GETs retried by nginx on the other instance; a POST in
// flight on the killed one may fail), a session made on B still served through A, each job's mail
// exactly once, and the schedules not doubled. Exit code 1 when a check fails.
import "./load-env";
import fs from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../prisma/seed/people";
import { checkAtLeast, checkCount, exitOnBenchFailure, loadAverage } from "./lib/bench-check";
import { HttpVisitor } from "./lib/load/http-visitor";
import { printInstancesRun, runThroughNginx } from "./lib/load/instances-run";
import {
  contractsByEmail,
  cronFigures,
  openSender,
  removeCronProbe,
  scheduleCronProbe,
} from "./lib/load/job-probe";
import { signIn } from "./lib/load/journeys";
import { journeyDates, loadArgs } from "./lib/load/load-args";
import {
  copyLoadDatabase,
  lastMeteredDay,
  mintStaffCookies,
  preparedToday,
  prepareLoadDatabase,
} from "./lib/load/load-data";
import { startNginx } from "./lib/load/nginx-runner";
import { type PortalInstance, serverActionId, startPortal, waitUntilHealthy } from "./lib/load/portal-server";
import { databaseBackends, processTree } from "./lib/load/proc-cpu";

exitOnBenchFailure("bench:instances");
const args = loadArgs("npm run bench:instances [-- --seconds 60 --customers 50 --staff 3 --think-ms 500]", {
  url: false,
});
const BASE_URL = process.env.DATABASE_URL;
if (!BASE_URL?.startsWith("postgres") || !fs.existsSync(path.join(".next", "BUILD_ID"))) {
  console.error(
    "npm run bench:instances needs DATABASE_URL=postgresql://… and a production build (next build).",
  );
  process.exit(2);
}
const PORTS = { a: 3401, b: 3402, nginx: 3480, smtp: 3490 };
const AUTH_SECRET = "bench-instances-auth-secret-not-a-secret-0123456789";
const RUN_DIR = path.resolve(".data", "bench-instances");
process.env.APP_ENV ??= "development";
fs.rmSync(RUN_DIR, { recursive: true, force: true });
fs.mkdirSync(RUN_DIR, { recursive: true });

console.log(`bench:instances, ${loadAverage()}`);
const prepared =
  (await preparedToday(BASE_URL, args.customers)) ?? (await prepareLoadDatabase(BASE_URL, args.customers));
const data = await copyLoadDatabase(prepared, "_instances");
console.log(`Database ${data.url.pathname.slice(1)}: a fresh copy of ${prepared.url.pathname.slice(1)}`);

const nginxBase = `http://127.0.0.1:${PORTS.nginx}`;
const instance = (port: number, name: string) =>
  startPortal({
    port,
    databaseUrl: data.url.toString(),
    authSecret: AUTH_SECRET,
    appUrl: nginxBase,
    trustedProxyHops: 1,
    smtpPort: PORTS.smtp,
    logFile: path.join(RUN_DIR, `instance-${name}.log`),
  });
const a = instance(PORTS.a, "a");
const b = instance(PORTS.b, "b");
// A failed check ends the process at once (exitOnBenchFailure): leave no instance or nginx behind.
const started = [a.process, b.process];
process.on("exit", () => {
  for (const pid of started.flatMap((p) => processTree(p.pid ?? 0))) signal(pid, "SIGKILL");
});
const nginx = await startNginx(path.join(RUN_DIR, "nginx"), PORTS.nginx, [PORTS.a, PORTS.b]);
started.push(nginx.process);
const boss = await openSenderWhenReady();
try {
  await Promise.all([waitUntilHealthy(a.base), waitUntilHealthy(b.base), waitUntilHealthy(nginxBase)]);
  console.log(
    `Instances A :${PORTS.a} and B :${PORTS.b} healthy; nginx :${PORTS.nginx} with ${nginx.config}`,
  );
  await scheduleCronProbe(boss);
  const customers = data.customers.slice(0, args.customers);
  const common = {
    base: nginxBase,
    customers,
    password: DEMO_PASSWORD,
    staffCookies: await mintStaffCookies(data.url, AUTH_SECRET),
    staff: args.staff,
    searchActionId: serverActionId("searchCustomersAction", "src/app/admin/actions.ts"),
    seconds: args.seconds,
    thinkMs: args.thinkMs,
    dates: journeyDates(await lastMeteredDay(data.url), data.lastFullYear),
    serverPids: async () => ({
      "instance A": processTree(a.process.pid ?? 0),
      "instance B": processTree(b.process.pid ?? 0),
      nginx: processTree(nginx.process.pid ?? 0),
      PostgreSQL: await databaseBackends(data.url),
    }),
  };
  const setting = {
    url: data.url,
    boss,
    contracts: await contractsByEmail(
      data.url,
      customers.map((c) => c.email),
    ),
    smtpPort: PORTS.smtp,
    accessLog: nginx.accessLog,
  };
  // Warm-up through nginx: both instances load their modules.
  await runThroughNginx(
    { ...setting, mailDir: path.join(RUN_DIR, "mail-warm-up"), jobs: false },
    {
      ...common,
      customers: customers.slice(0, 6),
      seconds: 10,
    },
  );
  const both = await runThroughNginx(
    { ...setting, mailDir: path.join(RUN_DIR, "mail-1"), jobs: true },
    common,
  );
  printInstancesRun("Run 1: instances A and B behind nginx", both);

  // A session made on B (signed in there directly) must keep working once B is gone.
  const onB = new HttpVisitor(b.base, "127.0.9.1");
  const sessionMade = await signIn(onB, customers[0]?.email ?? "", DEMO_PASSWORD);
  checkCount("probe session signed in on instance B", sessionMade.status === 200 ? 1 : 0, 1);
  onB.close(); // no idle connection to B left for the kill to reset
  const killAt = args.seconds / 2;
  const killed = await runThroughNginx(
    { ...setting, mailDir: path.join(RUN_DIR, "mail-2"), jobs: true },
    { ...common, during: { at: killAt, run: () => kill(b, killAt) } },
  );
  printInstancesRun(`Run 2: instance B killed (SIGKILL) at ${killAt} s`, killed);
  const throughA = new HttpVisitor(nginxBase, "127.0.9.2");
  for (const pair of onB.cookie().split("; ")) throughA.setCookie(pair);
  const page = await throughA.request("GET", "/min-side");
  const served = page.status === 200 && /Hei, (<!-- -->)?Bench Kunde/.test(page.body);
  console.log(`  session made on B, after B was killed, through nginx (A): ${page.status}`);
  checkCount("sessions made on the killed instance still served", served ? 1 : 0, 1);

  await removeCronProbe(boss);
  const cron = await cronFigures(data.url);
  console.log(
    `Schedules: ${cron.schedules} rows, ${cron.scheduleNames} names (pg-boss keeps one row per name: starting a second instance replaces, never adds)`,
  );
  console.log(
    `  a schedule every minute, both instances' pg-boss clocks running: ${cron.ticks.map((t) => `${t.minute} ${t.jobs} job`).join(", ")}`,
  );
  checkAtLeast("minutes the cron probe fired in", cron.ticks.length, 1);
  checkCount(
    "minutes the cron probe fired exactly once in",
    cron.ticks.filter((t) => t.jobs === 1).length,
    cron.ticks.length,
  );
  const steps = both.result.stats.stepCount();
  checkCount("run 1: steps without an error", steps - both.result.stats.totalErrors(), steps);
  checkCount("run 1: jobs whose mail arrived exactly once", both.exactlyOnce, both.sent);
  const { gets, getsLost } = killed.log;
  checkCount("run 2: GETs through nginx that an instance answered", gets - getsLost, gets);
  checkCount("run 2: jobs whose mail arrived", killed.sent - killed.missing.length, killed.sent);
  // A job pg-boss runs again finds its mail sent (sendMailOnce). Only a worker killed between the SMTP
  // server taking the mail and the record of it leaves a copy, and that copy is the same message.
  for (const [run, figures] of [
    ["run 1", both],
    ["run 2", killed],
  ] as const) {
    const oneMessage = figures.sent - figures.twice.length - figures.missing.length;
    checkCount(`${run}: jobs whose customer got one message (one Message-ID)`, oneMessage, figures.sent);
  }
  console.log(`At the end: ${loadAverage()}`);
} finally {
  await boss.stop({ graceful: false }).catch(() => undefined);
  nginx.process.kill("SIGQUIT");
  for (const server of [a, b]) for (const pid of processTree(server.process.pid ?? 0)) signal(pid, "SIGTERM");
}
process.exit(0);

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/** SIGKILL to the instance's server process and tsx's launcher above it: no shutdown, no goodbyes. */
function kill(server: PortalInstance, at: number) {
  const pids = processTree(server.process.pid ?? 0);
  for (const pid of pids.reverse()) signal(pid, "SIGKILL");
  console.log(`  … ${at} s: SIGKILL to instance B (pids ${pids.join(", ")})`);
}

/** pg-boss's schema exists once an instance has started its queue: wait for it, then open the sender. */
async function openSenderWhenReady() {
  await waitUntilHealthy(a.base);
  return openSender(data.url);
}

// npm run bench:load [-- --seconds 60 --customers 50 --staff 3 --think-ms 500 --reuse --url http://127.0.0.1:… --pid …]
// A mixed load on the built portal (next build) on PostgreSQL, on this machine only: `customers`
// virtual customers each run the customer journey back to back (sign in with the password form,
// Oversikt, Forbruk a day by 15 minutes, a month by day and a year by month, the month's CSV export,
// Avtale, Meldinger, sign out), and `staff` virtual staff at the same time (the start page, a customer
// search through its server action, the customer card), `think-ms` between steps, a hard stop after
// `seconds`. Data: a fresh database <DATABASE_URL's name>_bench_load (scripts/lib/load/load-data.ts).
// Prints throughput, p50/p95/p99 and errors per step, the server's CPU (Node.js and its PostgreSQL
// backends, from /proc) and from it CPU per journey and sessions per core, and the generator's own CPU.
// With --url, runs against a portal already serving a database this script prepared (AUTH_SECRET must
// be the server's, for the staff sessions; --pid its process for the CPU figures). --reuse keeps the
// database an earlier run prepared today (preparing takes minutes on a busy machine). Exit code 1 on any
// error or a check that fails.
import "./load-env";
import fs from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../prisma/seed/people";
import { checkAtLeast, checkCount, exitOnBenchFailure, loadAverage } from "./lib/bench-check";
import { assertLoopback } from "./lib/load/http-visitor";
import { journeyDates, loadArgs } from "./lib/load/load-args";
import {
  lastMeteredDay,
  mintStaffCookies,
  preparedToday,
  prepareLoadDatabase,
  readLoadData,
} from "./lib/load/load-data";
import { serverActionId, startPortal, waitUntilHealthy } from "./lib/load/portal-server";
import { databaseBackends, processTree } from "./lib/load/proc-cpu";
import { printLoadResult, runLoad } from "./lib/load/run-load";

exitOnBenchFailure("bench:load");
const USAGE =
  "npm run bench:load [-- --seconds 60 --customers 50 --staff 3 --think-ms 500 --reuse --url URL --pid PID]";
const args = loadArgs(USAGE, { url: true });
const BASE_URL = process.env.DATABASE_URL;
if (!BASE_URL?.startsWith("postgres")) {
  console.error("npm run bench:load needs DATABASE_URL=postgresql://… (its name gets a _bench_load twin).");
  process.exit(2);
}
if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
  console.error("npm run bench:load needs a production build: run `npx next build` first.");
  process.exit(2);
}
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const AUTH_SECRET = args.url
  ? (process.env.AUTH_SECRET ?? "")
  : "bench-load-auth-secret-not-a-secret-0123456789abcdef";
process.env.APP_ENV ??= "development";

console.log(`bench:load, ${loadAverage()}`);
let data: Awaited<ReturnType<typeof readLoadData>>;
let base: string;
let portal: ReturnType<typeof startPortal> | undefined;
if (args.url) {
  assertLoopback(args.url);
  base = args.url.replace(/\/$/, "");
  const url = new URL(BASE_URL);
  url.pathname = `${url.pathname}_bench_load`;
  data = await readLoadData(url);
} else {
  const reused = args.reuse ? await preparedToday(BASE_URL, args.customers) : null;
  if (reused) {
    console.log(`Reusing ${reused.url.pathname.slice(1)}, prepared today (--reuse).`);
    data = reused;
  } else {
    console.log(
      `Preparing ${new URL(BASE_URL).pathname.slice(1)}_bench_load (${args.customers} customers) …`,
    );
    const started = performance.now();
    data = await prepareLoadDatabase(BASE_URL, args.customers);
    console.log(`  prepared in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  fs.mkdirSync(".data", { recursive: true });
  portal = startPortal({
    port: PORT,
    databaseUrl: data.url.toString(),
    authSecret: AUTH_SECRET,
    logFile: path.join(".data", "bench-load-server.log"),
  });
  base = portal.base;
}
try {
  await waitUntilHealthy(base);
  const staffCookies = await mintStaffCookies(data.url, AUTH_SECRET);
  const searchActionId = serverActionId("searchCustomersAction", "src/app/admin/actions.ts");
  const serverPid = portal?.process.pid ?? args.pid;
  const serverPids = async () => ({
    ...(serverPid ? { "Node.js": processTree(serverPid) } : {}),
    PostgreSQL: await databaseBackends(data.url),
  });
  const customers = data.customers.slice(0, args.customers);
  const common = {
    base,
    password: DEMO_PASSWORD,
    staffCookies,
    searchActionId,
    thinkMs: args.thinkMs,
    dates: journeyDates(await lastMeteredDay(data.url), data.lastFullYear),
    serverPids,
  };
  // Warm-up: the first requests of a production server load its modules.
  const warm = await runLoad({ ...common, customers: customers.slice(0, 4), staff: 1, seconds: 8 });
  console.log(`Warm-up: ${warm.stats.requests} requests, ${warm.stats.totalErrors()} errors`);
  const result = await runLoad({ ...common, customers, staff: args.staff, seconds: args.seconds });
  printLoadResult(
    `Mixed load: ${customers.length} customers and ${args.staff} staff, think time ${args.thinkMs} ms between steps`,
    result,
  );
  if (!serverPid) console.log("  (no --pid: the Node.js server's CPU is not in the figures)");
  checkAtLeast("customer journeys completed", result.stats.journeys.get("customer") ?? 0, 1);
  if (args.staff > 0) checkAtLeast("staff journeys completed", result.stats.journeys.get("staff") ?? 0, 1);
  const steps = result.stats.stepCount();
  checkCount("steps without an error", steps - result.stats.totalErrors(), steps);
} finally {
  portal?.process.kill("SIGTERM");
}
process.exit(0);

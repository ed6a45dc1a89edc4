// npm run bench:pages: the server's CPU per request for every page a customer or staff member opens,
// beside /api/health and an empty page of each layout (src/app/{min-side,admin}/tom/page.bench.tsx,
// built only with BENCH_BUILD=1 into .next-bench: `BENCH_BUILD=1 npx next build`). CPU is the server
// process's own user + system time (/proc/<pid>/stat) across a batch of requests of one URL, one at a
// time, divided by the batch. Rounds are interleaved (every URL once per round; the first round is a
// warm-up and not counted) and each URL's figure is the median of its rounds. Budgets: every signed-in
// page ≤ 1.5× its layout's empty page, and the empty page ≤ 2× /api/health. Every timed answer is
// checked (status 200 and the page's own content), so a redirect to the login cannot look cheap.
// Data: a fresh database <DATABASE_URL's name>_bench_pages with the demo seed (scripts/lib/pages-bench-setup.ts).
// BENCH_BATCH and BENCH_ROUNDS change the batch (20) and the rounds (5); BENCH_PORT the port (3305).
// BENCH_PROFILE=<dir> starts the server with node --cpu-prof, writing its profile there on exit.
import "./load-env";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { checkCount, exitOnBenchFailure, loadAverage } from "./lib/bench-check";
import { type PageProbe, pageProbes } from "./lib/pages-bench-probes";
import { preparePagesBench } from "./lib/pages-bench-setup";
import { processCpuMs } from "./lib/process-cpu";

exitOnBenchFailure("bench:pages");

const BASE_URL = process.env.DATABASE_URL;
if (!BASE_URL?.startsWith("postgres")) {
  console.error("npm run bench:pages needs DATABASE_URL=postgresql://… (the benchmark is for PostgreSQL).");
  process.exit(2);
}
if (!fs.existsSync(".next-bench/BUILD_ID")) {
  console.error("npm run bench:pages needs the benchmark build: run `BENCH_BUILD=1 npx next build` first.");
  process.exit(2);
}
const AUTH_SECRET = "bench-pages-auth-secret-not-a-secret-0123456789abcdef";
const PORT = Number(process.env.BENCH_PORT ?? 3305);
const BATCH = Number(process.env.BENCH_BATCH ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PAGE_BUDGET = 1.5;
const EMPTY_BUDGET = 2;

console.log(`Preparing ${loadAverage()} …`);
const data = await preparePagesBench(BASE_URL, AUTH_SECRET);
const base = `http://127.0.0.1:${PORT}`;
// BENCH_ONLY=<pattern>: only the pages whose label matches (and /api/health and the empty pages), to profile them.
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const probes = pageProbes(data, base).filter((p) => !only || !p.emptyPage || only.test(p.label));

const profileDir = process.env.BENCH_PROFILE;
const server = spawn(
  process.execPath,
  // As scripts/serve.ts starts the built server (tsx's child process), with its profiler when asked.
  [
    ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
    "--import",
    "tsx",
    "--import",
    "./scripts/lib/server-only-hook.ts",
    "scripts/next-server.ts",
  ],
  {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      BENCH_BUILD: "1",
      DATABASE_URL: data.url.toString(),
      AUTH_SECRET,
      APP_ENV: "demo",
      HOST: "127.0.0.1",
      PORT: String(PORT),
      APP_URL: base,
      SIMULATOR_PORT: String(PORT + 1),
      SMTP_URL: `smtp://127.0.0.1:${PORT + 2}`,
      FOLKEREGISTER_URL: "",
      ELHUB_URL: "",
      EXPERIAN_URL: "",
      SPOT_PRICES_URL: "",
    },
  },
);
const pid = server.pid;
if (!pid) throw new Error("The server did not start");

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("The server did not answer /api/health within 2 minutes");
}

/** When each counted batch ran (µs of the monotonic clock the profile uses), for cpu-profile-summary.ts. */
const windows: { label: string; start: number; end: number; requests: number }[] = [];
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** The size of each URL's last answer (the body as sent before compression), in bytes. */
const sizes = new Map<string, number>();

/** One batch of `probe`'s request, one at a time; the server's CPU ms per request. Checks every answer. */
async function batch(probe: PageProbe, counted: boolean): Promise<number> {
  let checked = 0;
  const start = nowUs();
  const before = processCpuMs(pid as number);
  for (let i = 0; i < BATCH; i++) {
    const response = await fetch(probe.url, { ...probe.init(), redirect: "manual" });
    const body = await response.text();
    const wrong = response.status !== 200 ? `status ${response.status}` : probe.check(body);
    // BENCH_DUMP=<file>: the body of a wrong answer, to see what came instead.
    if (wrong && process.env.BENCH_DUMP) fs.writeFileSync(process.env.BENCH_DUMP, body);
    if (wrong) throw new Error(`${probe.label} (${probe.url}): ${wrong}`);
    checked++;
    sizes.set(probe.label, Buffer.byteLength(body));
    // BENCH_SAVE=<dir>: each page's last answer, to see what makes it big.
    if (process.env.BENCH_SAVE) {
      fs.writeFileSync(`${process.env.BENCH_SAVE}/${probe.label.replace(/\W+/g, "_")}.html`, body);
    }
  }
  const cpu = processCpuMs(pid as number) - before;
  if (counted) windows.push({ label: probe.label, start, end: nowUs(), requests: BATCH });
  checkCount(`${probe.label}, answers checked`, checked, BATCH);
  return cpu / BATCH;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

try {
  await waitForServer();
  console.log(
    `Server up (pid ${pid}, ${loadAverage()}). ${ROUNDS} rounds of ${BATCH} requests per URL after a warm-up round.`,
  );
  const samples = new Map<string, number[]>(probes.map((p) => [p.label, []]));
  for (let round = 0; round <= ROUNDS; round++) {
    for (const probe of probes) {
      const perRequest = await batch(probe, round > 0);
      if (round > 0) samples.get(probe.label)?.push(perRequest);
    }
    console.log(`  round ${round}${round === 0 ? " (warm-up)" : ""} done, ${loadAverage()}`);
  }
  const figure = (label: string) => median(samples.get(label) ?? []);
  const health = figure("/api/health");
  let overBudget = 0;
  console.log(`\nCPU per request, median of ${ROUNDS} rounds (${loadAverage()}):`);
  console.log(`  ${"page".padEnd(54)} ${"ms".padStart(6)} ${"kB".padStart(6)}   × empty page`);
  for (const probe of probes) {
    const ms = figure(probe.label);
    let ratio = "";
    if (probe.emptyPage) {
      const r = ms / figure(probe.emptyPage);
      const ok = r <= PAGE_BUDGET;
      if (!ok) overBudget++;
      ratio = `${r.toFixed(2)}×${ok ? "" : `  over ${PAGE_BUDGET}×`}`;
    } else if (probe.label !== "/api/health") {
      const r = ms / health;
      const ok = r <= EMPTY_BUDGET;
      if (!ok) overBudget++;
      ratio = `(${r.toFixed(2)}× /api/health${ok ? "" : `, over ${EMPTY_BUDGET}×`})`;
    }
    const kB = ((sizes.get(probe.label) ?? 0) / 1024).toFixed(1);
    console.log(`  ${probe.label.padEnd(54)} ${ms.toFixed(2).padStart(6)} ${kB.padStart(6)}   ${ratio}`);
  }
  console.log(
    `Budgets: signed-in page ≤ ${PAGE_BUDGET}× empty page, empty page ≤ ${EMPTY_BUDGET}× /api/health: ${overBudget === 0 ? "all met" : `${overBudget} over`}.`,
  );
  console.log(`At the end: ${loadAverage()} (figures on a shared machine move with it).`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  if (profileDir) {
    fs.writeFileSync(`${profileDir}/windows.json`, JSON.stringify(windows));
    console.log(
      `Profile in ${profileDir}: npx tsx scripts/cpu-profile-summary.ts <its .cpuprofile> ${profileDir}/windows.json`,
    );
  }
}
process.exit(0);

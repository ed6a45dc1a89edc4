// npm run bench:consumption [-- --readings=50M]: how fast the Forbruk page's data is on PostgreSQL with
// realistic volume. Builds a fresh database <DATABASE_URL's name>_bench with one metering point with 3
// years of 15-minute readings (~105k rows) and, by default, 1,000 customers with hourly readings each
// (~8.8 M rows); with --readings=50M, 1,410 customers with 15-minute readings each (~50 M rows, Norway's
// points being 15-minute now: ~35,000 values a year). Readings cover the last full calendar year (the
// year view measured) and this month so far (the page's default view), generated inside PostgreSQL
// straight into the month partitions, the rollup computed set-based after (the load time is printed).
// Then prints:
//   - server time of the Forbruk data (getConsumption: SQL buckets, prices, cost, comparisons) for a
//     year by day and a day by 15 minutes: p50/p95 (goal p95 ≤ 50 ms);
//   - after the daily warm-month-costs job has stored every customer's closed months (its time printed),
//     as in production; and a year by day whose months were never stored (a first view), for comparison;
//   - the same with 100 and with 1,000 customers loaded, and the ratio (goal ≤ 1.2: a query about one
//     customer must not grow with the others' rows); with --readings=50M also at ~5 M and ~50 M
//     readings, and that ratio (goal ≤ 1.2), all in one run;
//   - a Forbruk page request (HTML) at 10 concurrent signed-in users against the built server: p95
//     (goal ≤ 150 ms) and its ratio to /api/health in the same run (goal ≤ 3×);
//   - the chart's client JavaScript, gzipped, from the production build (goal ≤ 60 kB).
// Every timed call is checked against the table: its kWh must be the sum of the readings in the view,
// with no supplied hour missing, and every page must show a total (so on the 1st of a month, with
// nothing metered yet this month, the page figures fail); sampled rollup days must equal what the
// rollup's own function computes. The bench stops with exit code 1 otherwise.
// Prints figures; it is not a test. Needs a PostgreSQL DATABASE_URL; the HTML figures a production build.
import "./load-env";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import type { ConsumptionView } from "@/features/consumption/domain/view";
import { checkAtLeast, checkCount, exitOnBenchFailure, loadAverage } from "./lib/bench-check";
import { freshBenchDatabase, generateConsumptionData } from "./lib/consumption-bench-data";
import { rollupMatchesTrigger } from "./lib/consumption-bench-months";
import { chartClientJavaScript, forbrukPageFigures } from "./lib/forbruk-page-bench";
import { percentile } from "./lib/load/step-stats";

exitOnBenchFailure("bench:consumption");

const BASE_URL = process.env.DATABASE_URL;
if (!BASE_URL?.startsWith("postgres")) {
  console.error(
    "npm run bench:consumption needs DATABASE_URL=postgresql://… (the benchmark is for PostgreSQL).",
  );
  process.exit(2);
}
const AUTH_SECRET = "bench-consumption-auth-secret-not-a-secret-0123456789";
const PORT = Number(process.env.BENCH_PORT ?? 3127);
const RUNS = 100;
const args = process.argv.slice(2);
if (args.some((arg) => arg !== "--readings=50M")) {
  console.error("Usage: npm run bench:consumption [-- --readings=50M]");
  process.exit(2);
}
const national = args.includes("--readings=50M");
// Customers measured at: 100 and 1,000 (the customers ratio); at national scale also 141 (~5 M readings)
// and 1,410 (~50 M readings).
const volume = national
  ? { customers: 1410, resolution: "PT15M" as const, steps: [100, 141, 1000, 1410] }
  : { customers: 1000, resolution: "PT1H" as const, steps: [100, 1000] };

const benchUrl = await freshBenchDatabase(BASE_URL, "_bench");

process.env.DATABASE_URL = benchUrl.toString();
process.env.AUTH_SECRET = AUTH_SECRET;
process.env.APP_ENV ??= "development";
const { databaseConnection, db } = await import("@/platform/db");
const { migrateDatabase } = await import("@/platform/database/migrate");
const { getConsumption } = await import("@/features/consumption/server/consumption");
const { warmMonthCosts } = await import("@/features/consumption/server/warm-month-costs");
const { costOfPeriod } = await import("@/features/consumption/server/cost-of-period");
const { pricingInputs } = await import("@/features/consumption/server/pricing-inputs");
const { parseView } = await import("@/features/consumption/domain/view");
const { osloDate, osloMidnight, addDays } = await import("@/platform/time/oslo-calendar");
const { parseScaled } = await import("@/features/pricing/domain/decimal");
await migrateDatabase(databaseConnection());

const sql = new pg.Client({ connectionString: benchUrl.toString() });
await sql.connect();
const today = osloDate(new Date());
console.log(`Database: ${benchUrl.pathname.slice(1)} (PostgreSQL), ${loadAverage()}. Generating data …`);
const loadStarted = performance.now();
const { points, quarterPoint, lastFullYear, load, readingsSeeded } = await generateConsumptionData(
  sql,
  today,
  volume,
);

const ms = (v: number) => `${v.toFixed(1)} ms`;

function view(params: Record<string, string>) {
  const parsed = parseView(params, today);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.view;
}

type Point = (typeof points)[number];

/** The readings a view of a point covers, straight from the table: how many, and their kWh sum. */
async function readingsIn(point: Point, shown: ConsumptionView) {
  const { rows } = await sql.query<{ n: string; kwh: string | null }>(
    `SELECT count(*) AS n, sum(kwh)::text AS kwh FROM "ConsumptionReading"
     WHERE "meteringPointId" = $1 AND "intervalStart" >= $2 AND "intervalStart" < $3`,
    [point.id, osloMidnight(shown.from), osloMidnight(shown.to)],
  );
  return { count: Number(rows[0]?.n ?? 0), kwh: parseScaled(rows[0]?.kwh ?? "0") };
}

/** Each timed call's point, and for a first view, what to forget before it (outside the timing). */
async function serverTimes(
  label: string,
  pick: () => { point: Point; params: Record<string, string> },
  before?: (point: Point) => Promise<unknown>,
) {
  for (let i = 0; i < 5; i++) {
    const { point, params } = pick();
    await getConsumption(point.customerId, view(params), point.gsrn);
  }
  const times: number[] = [];
  let aggregated = 0;
  let sumsMatch = 0;
  let complete = 0;
  let costsMatch = 0;
  for (let i = 0; i < RUNS; i++) {
    const { point, params } = pick();
    const shown = view(params);
    await before?.(point);
    const started = performance.now();
    const data = await getConsumption(point.customerId, shown, point.gsrn);
    times.push(performance.now() - started);
    if (!data) throw new Error("No data for a generated customer");
    // Outside the timing: what the call should have aggregated.
    const expected = await readingsIn(point, shown);
    aggregated += expected.count;
    if (parseScaled(data.kwh) === expected.kwh) sumsMatch++;
    if (data.missingHours === 0 && data.buckets.some((b) => b.coveredHours > 0)) complete++;
    // Stored months or not, the cost must be the one priced from the hours.
    const inputs = await pricingInputs(db, point.customerId, point.id);
    const priced = inputs && (await costOfPeriod(db, point.customerId, inputs, shown.from, shown.to, today));
    if (isDeepStrictEqual(priced, data.cost)) costsMatch++;
  }
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(
    `  ${label}: p50 ${ms(p50)}, p95 ${ms(p95)} (${RUNS} runs, ${Math.round(aggregated / RUNS).toLocaleString("en")} readings per run)`,
  );
  checkAtLeast(`${label}, readings aggregated`, aggregated, RUNS);
  checkCount(`${label}, runs whose kWh is the sum of their readings`, sumsMatch, RUNS);
  checkCount(`${label}, runs with every supplied hour metered`, complete, RUNS);
  checkCount(`${label}, runs whose cost equals the cost priced from the hours`, costsMatch, RUNS);
  return p95;
}

const randomDay = () => addDays(today, -1 - Math.floor(Math.random() * 360));
const pointKind = volume.resolution === "PT15M" ? "15-minute" : "hourly";
async function measure(loaded: number) {
  console.log(
    `Forbruk data, server time, with ${loaded.toLocaleString("en")} ${pointKind} customers loaded (${readingsSeeded().toLocaleString("en")} readings):`,
  );
  const loadedPoints = points.slice(1, loaded + 1);
  const anyLoaded = (): Point =>
    loadedPoints[Math.floor(Math.random() * loadedPoints.length)] ?? quarterPoint;
  const yearByDay = await serverTimes(`a year by day (a loaded customer's ${pointKind} point)`, () => ({
    point: anyLoaded(),
    params: { periode: "ar", dato: lastFullYear, opplosning: "dag" },
  }));
  // A first view whose months were never stored: the customer's stored months forgotten before each call.
  const firstView = await serverTimes(
    "a year by day, its months not stored (a loaded customer's first view)",
    () => ({ point: anyLoaded(), params: { periode: "ar", dato: lastFullYear, opplosning: "dag" } }),
    (point) => sql.query(`DELETE FROM "MonthCost" WHERE "customerId" = $1`, [point.customerId]),
  );
  const dayByQuarter = await serverTimes("a day by 15 minutes (15-minute point)", () => ({
    point: quarterPoint,
    params: { periode: "dag", dato: randomDay(), opplosning: "kvarter" },
  }));
  const quarterYear = await serverTimes("a year by day (the 3-year 15-minute point)", () => ({
    point: quarterPoint,
    params: { periode: "ar", dato: lastFullYear, opplosning: "dag" },
  }));
  return { readings: readingsSeeded(), figures: { yearByDay, firstView, dayByQuarter, quarterYear } };
}

const measured = new Map<number, Awaited<ReturnType<typeof measure>>>();
let loadSeconds = (performance.now() - loadStarted) / 1000;
for (let from = 1; from <= volume.customers; ) {
  const step = volume.steps.find((s) => s >= from) ?? volume.customers;
  const to = Math.min(step, from + 149);
  const began = performance.now();
  await load(from, to);
  if (to === step) {
    await sql.query(`ANALYZE`);
    loadSeconds += (performance.now() - began) / 1000;
    console.log(
      `Loaded ${readingsSeeded().toLocaleString("en")} readings in ${loadSeconds.toFixed(0)} s so far (with their rollup and ANALYZE; ${loadAverage()})`,
    );
    // What the daily warm-month-costs job does in production: every customer's closed months stored.
    const warmStarted = performance.now();
    const warmed = await warmMonthCosts();
    console.log(
      `warm-month-costs: ${warmed.customers.toLocaleString("en")} customers' closed months of ${Number(today.slice(0, 4)) - 1} and ${today.slice(0, 4)} in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s (${loadAverage()})`,
    );
    measured.set(step, await measure(step));
  } else {
    loadSeconds += (performance.now() - began) / 1000;
  }
  from = to + 1;
}
const [{ count }] = (await sql.query<{ count: string }>(`SELECT count(*) FROM "ConsumptionReading"`))
  .rows as [{ count: string }];
checkCount("readings in the table", Number(count), readingsSeeded());
// The set-based rollup of the load must be the rollup the triggers keep: days re-computed by its function.
const anyCustomer = () => points[1 + Math.floor(Math.random() * volume.customers)] ?? quarterPoint;
const samples = [
  { point: quarterPoint, day: "2025-09-30" }, // hourly prices, then quarter prices
  { point: quarterPoint, day: randomDay() },
  { point: anyCustomer(), day: `${lastFullYear}-03-30` }, // summer time begins
  { point: anyCustomer(), day: `${lastFullYear}-10-26` }, // and ends
];
let rollupsEqual = 0;
for (const { point, day } of samples) {
  if (await rollupMatchesTrigger(sql, point.id, osloMidnight(day), osloMidnight(addDays(day, 2))))
    rollupsEqual++;
}
checkCount("sampled rollup days equal to consumption_hour_refresh()'s", rollupsEqual, samples.length);
console.log(
  `Load: ${readingsSeeded().toLocaleString("en")} readings with their rollup in ${loadSeconds.toFixed(0)} s (${Math.round(readingsSeeded() / loadSeconds).toLocaleString("en")} readings/s)`,
);
const ratio = (label: string, high: number, low: number) => {
  const a = measured.get(high);
  const b = measured.get(low);
  if (!a || !b) return;
  console.log(`${label} (p95; goal ≤ 1.2):`);
  for (const key of ["yearByDay", "firstView", "dayByQuarter", "quarterYear"] as const) {
    console.log(`  ${key}: ${(a.figures[key] / b.figures[key]).toFixed(2)}`);
  }
};
ratio("Ratio 1,000 vs 100 customers", 1000, 100);
if (national) {
  const [low, high] = [measured.get(141)?.readings ?? 0, measured.get(1410)?.readings ?? 0];
  checkAtLeast("readings at the national step", high, 50_000_000);
  checkAtLeast("readings at the 5 M step", low, 5_000_000);
  ratio(`Ratio ${(high / 1e6).toFixed(1)} M vs ${(low / 1e6).toFixed(1)} M readings`, 1410, 141);
}

await forbrukPageFigures({ sql, benchUrl, points, authSecret: AUTH_SECRET, port: PORT });
chartClientJavaScript();

console.log(`At the end: ${loadAverage()} (figures on a shared machine move with it).`);
await sql.end();
await databaseConnection().close();
process.exit(0);

// `npm test`: every suite in turn (unit, integration, browser), with a summary line per suite.
// Integration and browser suites use PostgreSQL when DATABASE_URL is set, else the embedded database.
import "./load-env";
import { spawnSync } from "node:child_process";
import fs from "node:fs";

interface SuiteResult {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
}

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit", env: process.env }).status === 0;
}

function vitestCounts(file: string) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: report.numPassedTests as number, failed: report.numFailedTests as number };
}

function playwrightCounts(file: string) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0 };
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

function suite(
  name: string,
  steps: () => boolean,
  counts: () => { passed: number; failed: number },
): SuiteResult {
  const started = performance.now();
  console.log(`\n=== ${name} ===`);
  const ok = steps();
  const result = { name, ok, ...counts(), seconds: (performance.now() - started) / 1000 };
  // A suite that fails before running a test (build, missing browser) still counts as failed.
  if (!ok && result.failed === 0) result.failed = 1;
  return result;
}

fs.rmSync("test-reports", { recursive: true, force: true });
const database = process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite";
const vitest = (project: string) => () =>
  run("npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=test-reports/${project}.json`,
  ]);

const results = [
  suite("unit", vitest("unit"), () => vitestCounts("test-reports/unit.json")),
  suite(`integration (${database})`, vitest("integration"), () =>
    vitestCounts("test-reports/integration.json"),
  ),
  suite(
    `browser (${database}, Chromium)`,
    () =>
      run("npx", ["tsx", "scripts/check-chromium.ts"]) &&
      run("npx", ["next", "build"]) &&
      run("npx", ["playwright", "test"]),
    () => playwrightCounts("test-reports/e2e.json"),
  ),
];

console.log("\nSummary");
for (const r of results) {
  console.log(
    `  ${r.ok ? "PASS" : "FAIL"}  ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

// What a benchmark measured, checked before its figures are believed. A bench whose data went missing
// (an export of a customer with no readings in their supply period, a search that finds nobody)
// prints fast figures of nothing; so every bench counts what it measured, prints the count beside
// its timings, and stops with a non-zero exit when the count is zero or not the one expected.
import os from "node:os";

export class BenchCheckFailed extends Error {
  override name = "BenchCheckFailed";
}

const count = (n: number) => n.toLocaleString("en");

function report(label: string, shown: string, ok: boolean, expectation: string): void {
  console.log(`  check ${ok ? "ok   " : "WRONG"} ${label}: ${shown}${ok ? "" : ` (${expectation})`}`);
  if (!ok) throw new BenchCheckFailed(`${label} is ${shown}, ${expectation}`);
}

/** `actual` must be exactly `expected`, and above zero: a bench of nothing measures nothing. */
export function checkCount(label: string, actual: number, expected: number): void {
  const expectation =
    expected > 0
      ? `expected ${count(expected)}`
      : "expected more than 0: the bench seeded nothing to measure";
  report(label, count(actual), actual === expected && actual > 0, expectation);
}

/** `actual` must be at least `minimum` (itself above zero). */
export function checkAtLeast(label: string, actual: number, minimum: number): void {
  report(
    label,
    count(actual),
    actual >= Math.max(1, minimum),
    `expected at least ${count(Math.max(1, minimum))}`,
  );
}

/** The machine's load average (1 / 5 / 15 min) and cores: figures on a shared machine move with it. */
export function loadAverage(): string {
  const [one = 0, five = 0, fifteen = 0] = os.loadavg();
  return `load average ${one.toFixed(2)} / ${five.toFixed(2)} / ${fifteen.toFixed(2)} on ${os.cpus().length} cores`;
}

/** One clear line for a failed check (the error itself for anything else), and exit code 1. */
export function reportBenchFailure(script: string, error: unknown): void {
  if (error instanceof BenchCheckFailed) {
    console.error(`${script} FAILED: it did not measure what it names: ${error.message}`);
  } else {
    console.error(`${script} FAILED:`, error);
  }
  process.exitCode = 1;
}

/**
 * For a bench without a try/catch of its own: a failed check (or any other error) ends it with that
 * line and exit code 1, even while database clients or servers it opened would keep the process alive.
 */
export function exitOnBenchFailure(script: string): void {
  const fail = (error: unknown) => {
    reportBenchFailure(script, error);
    process.exit(1);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
}

// npm run retention [-- --dry-run]
// Runs the privacy register's retention rules now, as the daily job does, and prints what each rule
// removed. With --dry-run the same work is done inside a transaction that is rolled back, except
// the readings' month partitions, which it only counts (it takes no lock to drop them).
import "./load-env";
import { runRetention } from "@/features/privacy/server/retention";
import { migrateDatabase } from "@/platform/database/migrate";
import { databaseConnection } from "@/platform/db";
import { openOrExplain } from "./lib/command-database";

const args = process.argv.slice(2);
if (args.some((arg) => arg !== "--dry-run")) {
  console.error("Usage: npm run retention [-- --dry-run]");
  process.exit(2);
}
const dryRun = args.includes("--dry-run");

const connection = openOrExplain(databaseConnection);
try {
  await migrateDatabase(connection);
  const report = await runRetention({ dryRun });
  console.log(`Retention ${dryRun ? "dry run (nothing changed)" : "run"} at ${report.now.toISOString()}`);
  const width = Math.max(...report.lines.map((line) => line.name.length));
  for (const line of report.lines) {
    const cutoff = line.cutoff ? `before ${line.cutoff.toISOString()}` : "own expiry";
    console.log(
      `${line.name.padEnd(width)}  ${String(line.affected).padStart(7)}  ${cutoff.padEnd(31)}  ${line.description}`,
    );
  }
} catch (error) {
  console.error("Retention failed:", error instanceof Error ? error.name : error);
  process.exitCode = 1;
} finally {
  await connection.close();
}
process.exit();

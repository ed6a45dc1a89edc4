// npm run db:seed              fill an empty database with synthetic demo data
// npm run db:seed -- --reset   empty every app table first, then seed
import "../scripts/load-env";
import { migrateDatabase } from "@/platform/database/migrate";
import { env } from "@/platform/env";
import { openConfiguredDatabase } from "../scripts/lib/command-database";
import { DemoDataExistsError, seedDemoData } from "./seed/demo-data";
import { databaseLabel, formatDemoLogins, formatSeedSummary } from "./seed/report";
import { truncateAppTables } from "./seed/reset";

const args = process.argv.slice(2);
if (args.some((a) => a !== "--reset")) {
  console.error("Usage: npm run db:seed [-- --reset]");
  process.exit(2);
}
const reset = args.includes("--reset");

const config = env();
if (config.APP_ENV === "production") {
  // Every demo user shares a published password.
  console.error("Refusing to seed demo data with APP_ENV=production.");
  process.exit(1);
}

const connection = openConfiguredDatabase();
try {
  console.log(`Database: ${databaseLabel(config)}`);
  const applied = await migrateDatabase(connection);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations up to date.");
  if (reset) {
    const tables = await truncateAppTables(connection.prisma);
    console.log(`Emptied ${tables.length} tables.`);
  }
  const started = performance.now();
  const summary = await seedDemoData(connection.prisma);
  console.log(formatSeedSummary(summary, (performance.now() - started) / 1000));
  console.log(formatDemoLogins());
} catch (error) {
  if (error instanceof DemoDataExistsError) {
    console.error(`${error.message}\nRun \`npm run db:seed -- --reset\` to empty it and seed again.`);
  } else {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
} finally {
  await connection.close();
}
process.exit();

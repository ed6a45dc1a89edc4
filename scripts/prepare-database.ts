// Runs before the portal starts (`npm run dev`, `npm start`): applies pending migrations and, when the
// database has no users yet and this is not production, fills it with the synthetic demo data.
import "./load-env";
import { migrateDatabase } from "@/platform/database/migrate";
import { env } from "@/platform/env";
import { databaseLabel, formatDemoLogins } from "../prisma/seed/report";
import { openConfiguredDatabase } from "./lib/command-database";

const config = env();
const connection = openConfiguredDatabase();
const steps = [`Database: ${databaseLabel(config)}`];
let seeded = false;
try {
  const applied = await migrateDatabase(connection);
  steps.push(applied.length ? `applied ${applied.length} migration(s)` : "migrations up to date");

  const users = await connection.prisma.user.count();
  if (users > 0) {
    steps.push(`${users} users, nothing to seed`);
  } else if (config.APP_ENV === "production") {
    // Demo users share a published password: never in production.
    steps.push("no users (production: demo data is not seeded)");
  } else {
    const { seedDemoData } = await import("../prisma/seed/demo-data");
    const started = performance.now();
    await seedDemoData(connection.prisma);
    steps.push(`demo data seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    seeded = true;
  }
  console.log(steps.join(" — "));
  if (seeded) console.log(formatDemoLogins());
} catch (error) {
  console.log(steps.join(" — "));
  console.error("Preparing the database failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection.close();
}
process.exit();

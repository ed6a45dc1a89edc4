// npm run db:migrate             apply pending migrations to the configured database
// npm run db:migrate:create NAME write a new migration from the changes in prisma/schema.prisma
// npm run db:migrate:create NAME -- --empty
//                                 an empty one for SQL the schema cannot express (triggers, grants)
// npm run db:check               exit 1 when prisma/schema.prisma differs from what the migrations build
//                                 (CI; `scripts/migrate.ts check <schema>` checks another schema file)
import "./load-env";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/platform/database/connection";
import { newPGlite } from "@/platform/database/embedded";
import { migrateDatabase } from "@/platform/database/migrate";
import { MIGRATIONS_DIR, openSchemaEngine, SCHEMA_PATH } from "@/platform/database/schema-engine";
import { openConfiguredDatabase } from "./lib/command-database";

const [command, name, option] = process.argv.slice(2);
const empty = option === "--empty";

/** SQL that would take the migrations to the schema at `schemaPath`; "" when they agree. */
async function pendingSchemaChanges(schemaPath: string): Promise<string> {
  // The diff replays the migrations into a shadow database: an in-memory PGlite needs no server.
  const shadow = openDatabase({ pglite: newPGlite() });
  const engine = await openSchemaEngine(shadow.migrationFactory(), schemaPath);
  const sql = await engine.diffFromMigrations();
  engine.free();
  await shadow.close();
  return !sql.trim() || sql.startsWith("-- This is an empty migration") ? "" : sql;
}

if (command === "deploy") {
  const connection = openConfiguredDatabase();
  const applied = await migrateDatabase(connection);
  await connection.close();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} else if (command === "check" && !option) {
  const schemaPath = name ?? SCHEMA_PATH;
  const changes = await pendingSchemaChanges(schemaPath);
  if (changes) {
    console.error(
      `${schemaPath} and ${MIGRATIONS_DIR} disagree. The migrations lack:\n\n${changes.trim()}\n`,
    );
    console.error("Write the missing migration: npm run db:migrate:create <snake_case_name>");
    process.exit(1);
  }
  console.log(`${schemaPath} and ${MIGRATIONS_DIR} agree.`);
} else if (command === "create" && name && /^[a-z0-9_]+$/.test(name) && (!option || empty)) {
  const sql = await pendingSchemaChanges(SCHEMA_PATH);
  const noChanges = !sql;
  if (noChanges && !empty) {
    console.log("No schema changes. For hand-written SQL (triggers, grants), add -- --empty.");
  } else if (!noChanges && empty) {
    console.error("prisma/schema.prisma has changes: create their migration first, without --empty.");
    process.exit(1);
  } else {
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, "migration.sql"),
      empty ? "-- Hand-written: SQL that prisma/schema.prisma cannot express.\n" : sql,
    );
    const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`Created ${dir}`);
  }
} else {
  console.error(
    "Usage: npm run db:migrate | npm run db:check | npm run db:migrate:create <snake_case_name> [-- --empty]",
  );
  process.exit(2);
}
process.exit(0);

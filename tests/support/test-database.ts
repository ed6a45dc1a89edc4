// Each integration test file gets a database of its own, copied from one migrated template:
// PostgreSQL's CREATE DATABASE … TEMPLATE when DATABASE_URL is set, else a PGlite data-dir dump.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type DatabaseConnection, openDatabase } from "@/platform/database/connection";
import { newPGlite } from "@/platform/database/embedded";
import { migrateDatabase } from "@/platform/database/migrate";

export type DatabaseTemplate =
  | { kind: "postgres"; url: string; name: string }
  | { kind: "embedded"; dumpPath: string };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The readings' month partitions for the years the fixtures write readings in, made once in the
 * template: four years back to two years ahead of today, so that fixtures dated from the clock keep
 * finding theirs as the years pass. The import and the seed make their own
 * (tests/integration/reading-partitions.test.ts drops a month and imports it); the fixtures that
 * insert rows directly rely on these.
 */
async function fixtureMonths(connection: DatabaseConnection) {
  const year = new Date().getUTCFullYear();
  const from = `${year - 4}-01-01 00:00 Europe/Oslo`;
  const to = `${year + 3}-01-01 00:00 Europe/Oslo`;
  await connection.prisma
    .$queryRaw`SELECT consumption_ensure_months(${from}::timestamptz, ${to}::timestamptz)::text`;
}

export async function createDatabaseTemplate(databaseUrl: string | undefined): Promise<DatabaseTemplate> {
  const id = randomUUID().slice(0, 8);
  if (databaseUrl) {
    const name = `minside_template_${id}`;
    await adminQuery(databaseUrl, `CREATE DATABASE "${name}"`);
    const connection = openDatabase({ url: withDatabase(databaseUrl, name) });
    await migrateDatabase(connection);
    await fixtureMonths(connection);
    await connection.close();
    return { kind: "postgres", url: databaseUrl, name };
  }
  const pglite = newPGlite();
  const connection = openDatabase({ pglite });
  await migrateDatabase(connection);
  await fixtureMonths(connection);
  const dump = await pglite.dumpDataDir("none");
  const dumpPath = path.join(os.tmpdir(), `minside-template-${id}.tar`);
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await connection.close();
  return { kind: "embedded", dumpPath };
}

export async function dropDatabaseTemplate(template: DatabaseTemplate) {
  if (template.kind === "postgres") {
    await adminQuery(template.url, `DROP DATABASE IF EXISTS "${template.name}" WITH (FORCE)`);
  } else {
    fs.rmSync(template.dumpPath, { force: true });
  }
}

export async function openTestDatabase(
  template: DatabaseTemplate,
): Promise<{ connection: DatabaseConnection; dispose(): Promise<void> }> {
  if (template.kind === "embedded") {
    const pglite = newPGlite({ loadDataDir: new Blob([fs.readFileSync(template.dumpPath)]) });
    const connection = openDatabase({ pglite });
    return { connection, dispose: () => connection.close() };
  }
  const name = `minside_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(template.url, `CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
  const connection = openDatabase({ url: withDatabase(template.url, name) });
  return {
    connection,
    async dispose() {
      await connection.close();
      await adminQuery(template.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

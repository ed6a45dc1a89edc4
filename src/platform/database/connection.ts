// Opens the database the app runs on: PostgreSQL when a URL is given, otherwise one embedded
// PGlite owned by this process and shared by Prisma and the job queue. Nothing else may open the
// same data folder (see data-folder-lock.ts): opening one takes its lock first, closing releases it.
import "server-only";
import fs from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { logWarning } from "@/platform/log";
import { type DataFolderLock, lockDataFolder } from "./data-folder-lock";
import { newPGlite, newPGliteInFolder } from "./embedded";
import { describeOwner } from "./lock-owner";
import { pgConfigFromUrl } from "./pg-config";
import { createPgMigrationFactory, type MigrationAdapterFactory } from "./pg-migration-factory";

export type SqlExecutor = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface DatabaseConnection {
  kind: "postgres" | "embedded";
  prisma: PrismaClient;
  /** How pg-boss reaches the same database: its own pool on PostgreSQL, this process's PGlite otherwise. */
  jobQueueConnection: { connectionString: string } | { db: { executeSql: SqlExecutor } };
  migrationFactory(): MigrationAdapterFactory;
  close(): Promise<void>;
}

/**
 * How long a transaction waits for a connection before it fails (Prisma's default is 2 s). On a
 * machine short of CPU, every connection of the pool can be busy for longer: the request should then
 * wait its turn and be slow, not fail with a 500 (P2028, seen in `npm run bench:load` at load 14).
 */
export const TRANSACTION_MAX_WAIT_MS = 10_000;

export type DatabaseTarget = { url: string; poolSize?: number } | { dataDir: string } | { pglite: PGlite };

export function openDatabase(target: DatabaseTarget): DatabaseConnection {
  if ("url" in target) return openPostgres(target.url, target.poolSize);
  if ("pglite" in target) return openEmbedded(target.pglite);
  return openDataFolder(target.dataDir);
}

/** Throws DataFolderInUseError, before touching the folder, when another process has it open. */
function openDataFolder(dataDir: string): DatabaseConnection {
  const lock = lockDataFolder(dataDir);
  if (lock.replacedStaleOwner) {
    logWarning(
      "database.stale-lock",
      `${dataDir} was left locked by ${describeOwner(lock.replacedStaleOwner)}, which no longer runs; lock taken over`,
    );
  }
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    return openEmbedded(newPGliteInFolder(dataDir, lock), lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openPostgres(url: string, poolSize = 10): DatabaseConnection {
  const { config, options } = pgConfigFromUrl(url);
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ ...config, max: poolSize }, options),
    transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
  });
  return {
    kind: "postgres",
    prisma,
    jobQueueConnection: { connectionString: url },
    migrationFactory: () => createPgMigrationFactory(url),
    close: () => prisma.$disconnect(),
  };
}

function openEmbedded(pglite: PGlite, lock?: DataFolderLock): DatabaseConnection {
  const prisma = new PrismaClient({
    adapter: new PrismaPGlite(pglite),
    transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
  });
  const executeSql: SqlExecutor = async (text, values) => {
    if (values?.length) return pglite.query(text, values);
    // pg-boss sends multi-statement scripts without parameters; only exec() runs those.
    const results = await pglite.exec(text);
    return results[results.length - 1] ?? { rows: [] };
  };
  return {
    kind: "embedded",
    prisma,
    jobQueueConnection: { db: { executeSql } },
    migrationFactory: () =>
      Object.assign(new PrismaPGlite(pglite), {
        // The adapter's own shadow is a bare PGlite: one without pg_trgm cannot replay the migrations.
        connectToShadowDb: () => new PrismaPGlite(newPGlite()).connect(),
        close: async () => undefined,
      }),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      lock?.release();
    },
  };
}

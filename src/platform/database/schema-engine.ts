// Offline replacement for `prisma migrate deploy/diff`: the CLI downloads a schema-engine binary,
// which cannot happen on an offline machine, so we drive the WebAssembly engine that npm ships.
import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export const SCHEMA_PATH = "prisma/schema.prisma";
export const MIGRATIONS_DIR = "prisma/migrations";
const noFilters = { externalTables: [], externalEnums: [] };

async function loadSchemaEngineWasm() {
  const require = createRequire(import.meta.url);
  // The package's "exports" hide package.json; resolve the bindings module instead.
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = await import(pathToFileURL(path.join(pkgDir, "schema_engine_bg.js")).href);
  // Node 20 cannot import a .wasm module directly: instantiate it by hand.
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg as { SchemaEngine: typeof SchemaEngine };
}

function readMigrations(migrationsDir: string) {
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: path.resolve(migrationsDir),
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(migrationsDir, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: "missing migration.sql" },
        },
      };
    }),
  };
}

/** `schemaPath` other than the real schema: the drift check's test compares a changed copy. */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath = SCHEMA_PATH,
) {
  const { SchemaEngine } = await loadSchemaEngineWasm();
  const schema = fs.readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => undefined, // the engine's own log: progress chatter, nothing actionable
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  return {
    /** `prisma migrate deploy`: applies pending migrations in order; idempotent. */
    async applyMigrations(): Promise<string[]> {
      const result = await engine.applyMigrations({
        migrationsList: readMigrations(MIGRATIONS_DIR),
        filters: noFilters,
      });
      return result.appliedMigrationNames;
    },
    /** SQL that takes the migrations folder to the current schema (uses a shadow database). */
    async diffFromMigrations(): Promise<string> {
      const list = readMigrations(MIGRATIONS_DIR);
      const from = list.migrationDirectories.length
        ? { tag: "migrations" as const, ...list }
        : { tag: "empty" as const };
      const result = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      return result.stdout ?? "";
    },
    free() {
      engine.free();
    },
  };
}

// Every embedded PGlite of the app, its tests and scripts is made here, so each one loads the
// extensions the migrations create (pg_trgm for the customer name search): a database that has an
// extension cannot be opened by a PGlite that does not load it.
import "server-only";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { DataFolderLock } from "./data-folder-lock";

/** A PGlite in memory (tests, benchmarks, the migration shadow), or loaded from a dump. */
export function newPGlite(options: Omit<PGliteOptions, "extensions" | "dataDir"> = {}): PGlite {
  return new PGlite({ ...options, extensions: { pg_trgm } });
}

/** A PGlite on a data folder: only with that folder's lock held (openDatabase takes it). */
export function newPGliteInFolder(dataDir: string, _heldLock: DataFolderLock): PGlite {
  return new PGlite({ dataDir, extensions: { pg_trgm } });
}

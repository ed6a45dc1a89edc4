// Every embedded PGlite of the app, its tests and scripts is made here, so each one loads the
// extensions the migrations create (pg_trgm for the customer name search): a database that has an
// extension cannot be opened by a PGlite that does not load it.
import "server-only";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export function newPGlite(options: Omit<PGliteOptions, "extensions"> = {}): PGlite {
  return new PGlite({ ...options, extensions: { pg_trgm } });
}

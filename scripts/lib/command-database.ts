// The database a command works on, opened as the portal opens it. On the embedded database a running
// portal owns the data folder: the command then stops before touching it and says what to do.
import { type DatabaseConnection, openDatabase } from "@/platform/database/connection";
import { DataFolderInUseError } from "@/platform/database/data-folder-lock";
import { env } from "@/platform/env";

/** Runs `open`; if the data folder is another process's, prints why and exits with status 1. */
export function openOrExplain<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

/** DATABASE_URL's PostgreSQL, else the embedded data folder. */
export function openConfiguredDatabase(): DatabaseConnection {
  const { DATABASE_URL, EMBEDDED_DATABASE_DIR } = env();
  return openOrExplain(() =>
    openDatabase(DATABASE_URL ? { url: DATABASE_URL } : { dataDir: EMBEDDED_DATABASE_DIR }),
  );
}

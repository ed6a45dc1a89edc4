// The one Prisma client. Opened at first use, not at import, so that `next build` never touches the
// embedded data folder; kept on globalThis so dev reloads do not open a second PGlite on it.
import "server-only";
import { type DatabaseConnection, openDatabase } from "./database/connection";
import { env } from "./env";

const holder = globalThis as unknown as { minSideDatabase?: DatabaseConnection };

export function databaseConnection(): DatabaseConnection {
  if (!holder.minSideDatabase) {
    const { DATABASE_URL, DATABASE_POOL_SIZE, EMBEDDED_DATABASE_DIR } = env();
    holder.minSideDatabase = openDatabase(
      DATABASE_URL ? { url: DATABASE_URL, poolSize: DATABASE_POOL_SIZE } : { dataDir: EMBEDDED_DATABASE_DIR },
    );
  }
  return holder.minSideDatabase;
}

/** Integration tests only: points the app at the database of one test file. */
export function overrideDatabaseForTests(connection: DatabaseConnection): void {
  holder.minSideDatabase = connection;
}

export const db = new Proxy({} as DatabaseConnection["prisma"], {
  get(_, property) {
    const prisma = databaseConnection().prisma;
    const value = Reflect.get(prisma, property, prisma);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});

// The one Prisma client. Opened at first use, not at import, so that `next build` never touches the
// embedded data folder; kept on globalThis so dev reloads do not open a second PGlite on it.
import { type DatabaseConnection, openDatabase } from "./database/connection";
import { env } from "./env";

const holder = globalThis as unknown as { minSideDatabase?: DatabaseConnection };

export function database(): DatabaseConnection {
  if (!holder.minSideDatabase) {
    const { DATABASE_URL, EMBEDDED_DATABASE_DIR } = env();
    holder.minSideDatabase = openDatabase(
      DATABASE_URL ? { url: DATABASE_URL } : { dataDir: EMBEDDED_DATABASE_DIR },
    );
  }
  return holder.minSideDatabase;
}

/** Points the app at another database: integration tests give each test file its own. */
export function useDatabase(connection: DatabaseConnection): void {
  holder.minSideDatabase = connection;
}

export const db = new Proxy({} as DatabaseConnection["prisma"], {
  get(_, property) {
    const prisma = database().prisma;
    const value = Reflect.get(prisma, property, prisma);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});

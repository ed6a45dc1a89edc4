import "server-only";
import type { DatabaseConnection } from "./connection";
import { openSchemaEngine } from "./schema-engine";

/** Applies every pending migration in prisma/migrations; returns the names it applied. */
export async function migrateDatabase(connection: DatabaseConnection): Promise<string[]> {
  const factory = connection.migrationFactory();
  const engine = await openSchemaEngine(factory);
  try {
    return await engine.applyMigrations();
  } finally {
    engine.free();
    await factory.close();
  }
}

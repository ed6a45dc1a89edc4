import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Empties every table of the app's schema (not the migration history, not pg-boss's own schema) and
 * restarts their sequences, so customer and invoice numbers start at 1 again. TRUNCATE, not DELETE:
 * the audit log's append-only trigger fires on row deletes, which TRUNCATE does not perform.
 */
export async function truncateAppTables(prisma: PrismaClient): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  if (tables.length) {
    // Names come from the catalogue, quoted by quote_ident: nothing here is user input.
    await prisma.$executeRawUnsafe(
      `TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`,
    );
  }
  return tables.map((t) => t.name);
}

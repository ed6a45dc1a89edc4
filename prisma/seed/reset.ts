import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Empties every table of the app's schema (not the migration history, not pg-boss's own schema) and
 * restarts their sequences, so customer and invoice numbers start at 1 again. The audit log refuses
 * TRUNCATE too; this development tool runs as the table owner, which may switch that guard off for
 * its own transaction. The app never does: a rollback or commit leaves the trigger enabled.
 */
export async function truncateAppTables(prisma: PrismaClient): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  if (tables.length) {
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_truncate"`);
      // Names come from the catalogue, quoted by quote_ident: nothing here is user input.
      await tx.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`);
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_truncate"`);
    });
  }
  return tables.map((t) => t.name);
}

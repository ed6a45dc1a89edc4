import "server-only";
// The readings' retention as a partition drop: the readings and their hourly rollup are partitioned by
// Oslo month (the migration partition_readings_by_month), so a month wholly before the cut-off goes as
// a DROP TABLE of its two partitions, without a row delete, a rollup recompute or dead tuples to vacuum.
// Only the month the cut-off falls in loses rows one by one (its rollup follows by trigger).
import type { Prisma } from "@/generated/prisma/client";

interface Partition {
  name: string;
  parent: "ConsumptionReading" | "ConsumptionHour";
}

/** The partitions of both tables whose upper bound is at or before `cutoff`, oldest first. */
async function partitionsBefore(tx: Prisma.TransactionClient, cutoff: Date): Promise<Partition[]> {
  return tx.$queryRaw<Partition[]>`
    SELECT c.relname AS name, p.relname AS parent
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.oid IN ('"ConsumptionReading"'::regclass, '"ConsumptionHour"'::regclass)
      AND (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']+)''\\)'))[1]::timestamptz
          <= ${cutoff}::timestamptz
    ORDER BY c.relname`;
}

/**
 * Removes the readings (and their rollup hours and revisions) before `cutoff`; returns how many
 * readings it removed, exactly: a dropped partition's rows are counted before it goes.
 */
export async function deleteReadingsBefore(tx: Prisma.TransactionClient, cutoff: Date): Promise<number> {
  await tx.consumptionReadingRevision.deleteMany({ where: { intervalStart: { lt: cutoff } } });
  const due = await partitionsBefore(tx, cutoff);
  let removed = 0;
  if (due.length) {
    // A drop needs the parents' ACCESS EXCLUSIVE lock, held until the run commits (its remaining
    // steps take seconds). Taken here, both at once and in the order every writer meets them
    // (readings, then the rollup its trigger writes), rather than one by one as each drop asks.
    await tx.$executeRaw`LOCK TABLE "ConsumptionReading", "ConsumptionHour" IN ACCESS EXCLUSIVE MODE`;
  }
  for (const { name, parent } of due) {
    const table = `"${name.replaceAll('"', '""')}"`;
    if (parent === "ConsumptionReading") {
      const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM ${table}`);
      removed += Number(n);
    }
    await tx.$executeRawUnsafe(`DROP TABLE ${table}`);
  }
  // The month the cut-off falls in: its older rows only (the partitions before it are gone).
  const rows = await tx.consumptionReading.deleteMany({ where: { intervalStart: { lt: cutoff } } });
  return removed + rows.count;
}

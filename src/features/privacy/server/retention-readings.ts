import "server-only";
// The readings' retention as a partition drop: the readings and their hourly rollup are partitioned by
// Oslo month (the migration partition_readings_by_month), and this rule's cut-off is the first of an
// Oslo month, so the readings before it are whole months that go as a DROP TABLE of their two
// partitions: no row delete, no rollup recompute, no dead tuples to vacuum.
import { writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { logWarning } from "@/platform/log";
import { monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { dueBefore, retentionEntryOf } from "../domain/erasure";
import type { RetentionStep } from "./retention-step";

/** How long the drop waits for the parents' lock before it gives up until the next day's run. */
const DROP_LOCK_TIMEOUT = "5s";

interface Partition {
  name: string;
  parent: "ConsumptionReading" | "ConsumptionHour";
}

/**
 * The register's 36 months counted back from `now`, rounded down to the first of its Oslo month: a
 * month is kept until all of it is past its period, then dropped whole (kept at most a month longer).
 */
export function readingsCutoff(now: Date): Date | null {
  const { rule } = retentionEntryOf("readings");
  if (rule.kind !== "while-customer-plus" || !rule.maxAgeMonths) return null;
  const due = dueBefore({ kind: "after-created", months: rule.maxAgeMonths }, now);
  return due && osloMidnight(monthStart(osloDate(due)));
}

/** The partitions of both tables whose upper bound is at or before `cutoff`, oldest first. */
async function partitionsBefore(client: Prisma.TransactionClient, cutoff: Date): Promise<Partition[]> {
  return client.$queryRaw<Partition[]>`
    SELECT c.relname AS name, p.relname AS parent
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.oid IN ('"ConsumptionReading"'::regclass, '"ConsumptionHour"'::regclass)
      AND (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']+)''\\)'))[1]::timestamptz
          <= ${cutoff}::timestamptz
    ORDER BY c.relname`;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The readings in each partition due at `cutoff`, counted without any lock but a reader's. */
async function countDue(client: Prisma.TransactionClient, due: readonly Partition[]) {
  const counts = new Map<string, number>();
  for (const { name, parent } of due) {
    if (parent !== "ConsumptionReading") continue;
    const [{ n }] = await client.$queryRawUnsafe<[{ n: bigint }]>(
      `SELECT count(*) AS n FROM ${quoted(name)}`,
    );
    counts.set(name, Number(n));
  }
  return counts;
}

/** A lock wait that gave up: lock_timeout (55P03) or a deadlock PostgreSQL broke (40P01). */
function lockGaveUp(error: unknown): boolean {
  const text = `${(error as Error | null)?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`;
  return /55P03|40P01|lock timeout|deadlock detected/i.test(text);
}

/**
 * Drops the month partitions wholly before `cutoff` (the real run, before its main transaction);
 * returns how many readings went, counted just before without a lock (only months over three years
 * old are counted, which nothing writes any more). The drop then takes both parents' ACCESS EXCLUSIVE
 * lock in a short transaction of its own that holds nothing else, rollup first as the rollup refresh
 * and the SpotPrice and MeteringPoint triggers take them. An import meets them the other way round
 * (readings, then the rollup its trigger writes), so no order avoids every deadlock: a deadlock
 * PostgreSQL breaks, like a wait past DROP_LOCK_TIMEOUT, makes this run give up rather than queue
 * every Forbruk read behind it, and the next day's run drops the months.
 */
export async function dropReadingMonths(cutoff: Date | null): Promise<number> {
  if (!cutoff) return 0;
  const due = await partitionsBefore(db, cutoff);
  if (!due.length) return 0;
  const counted = await countDue(db, due);
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${DROP_LOCK_TIMEOUT}'`);
      await tx.$executeRaw`LOCK TABLE "ConsumptionHour", "ConsumptionReading" IN ACCESS EXCLUSIVE MODE`;
      // Listed again under the lock: a second run at the same moment (the script beside the job) may
      // have dropped some, and those are not this run's to report.
      const still = await partitionsBefore(tx, cutoff);
      if (!still.length) return 0;
      const readings = await countDue(
        tx,
        still.filter(({ name }) => !counted.has(name)),
      );
      let removed = 0;
      for (const { name, parent } of still) {
        if (parent === "ConsumptionReading") removed += counted.get(name) ?? readings.get(name) ?? 0;
        await tx.$executeRawUnsafe(`DROP TABLE ${quoted(name)}`);
      }
      // Recorded with the drop itself: a later step of the run that fails cannot leave it unrecorded.
      await writeAudit(tx, {
        actorUserId: null,
        actorRole: "SYSTEM",
        action: "retention.readings-dropped",
        metadata: { partitions: still.length, readings: removed },
      });
      return removed;
    });
  } catch (error) {
    if (!lockGaveUp(error)) throw error;
    logWarning(
      "retention.readings-drop-skipped",
      `readings before ${cutoff.toISOString()} kept until next run`,
    );
    return 0;
  }
}

/**
 * The rule's step in the main transaction: the readings' revisions before the cut-off go row by row
 * (they are few). The month partitions went before it (dropReadingMonths); a dry run, which drops
 * nothing, counts the readings in them.
 */
export const READINGS_STEP: RetentionStep = {
  name: "readings-older-than-kept",
  fields: ["readings"],
  description: "forbruk eldre enn det vi viser kunder, en hel måned om gangen",
  cutoff: readingsCutoff,
  run: async (tx, cutoff, _now, before) => {
    if (!cutoff) return 0;
    await tx.consumptionReadingRevision.deleteMany({ where: { intervalStart: { lt: cutoff } } });
    // The dropped months' stored costs and hours versions (month-cost-cache.ts), by the Oslo date.
    await tx.$executeRaw`DELETE FROM "MonthCost" WHERE "month" < (${cutoff}::timestamptz AT TIME ZONE 'Europe/Oslo')::date`;
    await tx.$executeRaw`DELETE FROM "ConsumptionMonthVersion" WHERE "month" < (${cutoff}::timestamptz AT TIME ZONE 'Europe/Oslo')::date`;
    if (before.readingsDropped !== null) return before.readingsDropped;
    const counts = await countDue(tx, await partitionsBefore(tx, cutoff));
    return [...counts.values()].reduce((sum, n) => sum + n, 0);
  },
};

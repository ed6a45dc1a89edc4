import "server-only";
// The readings' month partitions made ahead (the migration partition_readings_by_month). Making a
// month takes both parents' ACCESS EXCLUSIVE lock, which queues every Forbruk read behind it; the
// morning import job makes this month and the next two, at a quiet hour and with a lock timeout, so
// an import seldom has to. The writers' own call before they insert stays as the safety net.
import { db } from "@/platform/db";
import { logError } from "@/platform/log";
import { addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";

const MONTHS_AHEAD = 2;
/** Gives up (until the next run, or the writer's own call) rather than hold Forbruk's reads longer. */
const LOCK_TIMEOUT = "5s";

/** Makes the partitions of `now`'s Oslo month and the next two where missing; returns how many months it made. */
export async function makeComingReadingMonths(now: Date): Promise<number> {
  const from = monthStart(osloDate(now));
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
      const [{ made }] = await tx.$queryRaw<[{ made: number }]>`
        SELECT consumption_ensure_months(${osloMidnight(from)}::timestamptz,
          ${osloMidnight(addMonths(from, MONTHS_AHEAD + 1))}::timestamptz) AS made`;
      return made;
    });
  } catch (error) {
    // Not fatal: the import that needs a month makes it itself.
    logError("consumption.months-ahead", error);
    return 0;
  }
}

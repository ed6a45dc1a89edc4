// The readings are partitioned by Oslo month (the migration partition_readings_by_month): a fixture
// that inserts readings makes their months first, as the import and the seed do. The test template
// holds four years back to two years ahead already; a retention run with a far-off clock drops them
// in its file's database.
import { db } from "@/platform/db";

/** Makes the month partitions the readings starting at `starts` need. */
export async function ensureReadingMonths(starts: readonly Date[]): Promise<void> {
  if (!starts.length) return;
  const times = starts.map((start) => start.getTime());
  await db.$queryRaw`SELECT consumption_ensure_months(${new Date(Math.min(...times))}::timestamptz,
    ${new Date(Math.max(...times) + 3_600_000)}::timestamptz)::text`;
}

import "server-only";
// Jobs that a service queues with a payload (enqueueJob in job-queue.ts), run by every instance's workers.
import { HISTORY_IMPORT_MONTHS } from "@/domain/onboarding/limits";
import { isCalendarDate, osloMidnight } from "@/domain/oslo-calendar";
import { importMeteringValues } from "@/server/services/consumption-import";

export interface QueuedJob {
  name: string;
  run(data: unknown): Promise<unknown>;
}

export const HISTORY_IMPORT_JOB = "import-consumption-history";

/**
 * After onboarding: the new customer's consumption history from Elhub (P8). After a move reported
 * back in time: from the move date (`from`, an Oslo date) only, since what came before was a previous
 * occupant's.
 */
export async function importHistory(data: unknown, now = new Date()) {
  const payload = data as { meteringPointId?: unknown; from?: unknown } | null;
  const meteringPointId = payload?.meteringPointId;
  const from = payload?.from;
  if (typeof meteringPointId !== "string") return { ok: false as const, reason: "bad-payload" };
  if (from !== undefined && (typeof from !== "string" || !isCalendarDate(from))) {
    return { ok: false as const, reason: "bad-payload" };
  }
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - HISTORY_IMPORT_MONTHS);
  if (from !== undefined && osloMidnight(from) > start) start.setTime(osloMidnight(from).getTime());
  const result = await importMeteringValues(meteringPointId, { start, end: now });
  // Thrown so that pg-boss retries later: what is imported stays, a rerun fills in the rest.
  if (!result.ok && result.reason === "unavailable") throw new Error("Elhub unavailable");
  return result;
}

export const queuedJobs: readonly QueuedJob[] = [
  { name: HISTORY_IMPORT_JOB, run: (data) => importHistory(data) },
];

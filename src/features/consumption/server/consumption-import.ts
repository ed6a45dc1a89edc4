import "server-only";
import { writeAudit } from "@/features/audit/server";
// Imports Elhub's metering values for one metering point and period into ConsumptionReading (P8):
// at the resolution Elhub delivered them (PT15M or PT1H, never converted), idempotently (a value
// imported again, or revised by Elhub, overwrites the row for its interval). Elhub is asked for at
// most 31 days per call; the calls run one after another so a long import never floods the service.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { MAX_VALUES_PERIOD_DAYS } from "@/platform/registries/elhub/elhub";
import type { RegistryFailure } from "@/platform/registries/http-client";
import { type Registries, registries } from "@/platform/registries/registries";
import { DAY_MS, HOUR_MS } from "@/platform/time/durations";
import { refreshHoursAfterReadings } from "./consumption-rollup";

const CHUNK_MS = MAX_VALUES_PERIOD_DAYS * DAY_MS;
/** Rows per INSERT: 31 days of quarter-hours is 2,976 rows, one statement each chunk. */
const ROWS_PER_STATEMENT = 5_000;

export type ConsumptionImportResult =
  | { ok: true; imported: number; resolutions: ("PT15M" | "PT1H")[] }
  | { ok: false; reason: "unknown-metering-point" | "invalid-period" | RegistryFailure; imported: number };

/**
 * Imports [start, end) for the metering point (our MeteringPoint.id). Both ends are rounded down to
 * the whole hour. A failure part-way keeps what was imported (each chunk is complete on its own) and
 * says how many values that was; running the import again fills in the rest.
 */
export async function importMeteringValues(
  meteringPointId: string,
  period: { start: Date; end: Date },
  options: { registries?: Registries } = {},
): Promise<ConsumptionImportResult> {
  const elhub = (options.registries ?? registries()).elhub;
  const start = Math.floor(period.start.getTime() / HOUR_MS) * HOUR_MS;
  const end = Math.floor(period.end.getTime() / HOUR_MS) * HOUR_MS;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    return { ok: false, reason: "invalid-period", imported: 0 };
  }
  const point = await db.meteringPoint.findUnique({
    where: { id: meteringPointId },
    select: { gsrn: true, customerId: true },
  });
  if (!point) return { ok: false, reason: "unknown-metering-point", imported: 0 };

  let imported = 0;
  const resolutions = new Set<"PT15M" | "PT1H">();
  let failure: RegistryFailure | undefined;
  for (let from = start; from < end; from += CHUNK_MS) {
    const to = Math.min(from + CHUNK_MS, end);
    const result = await elhub.meteringValues({
      meteringPointId: point.gsrn,
      start: new Date(from),
      end: new Date(to),
    });
    if (!result.ok) {
      failure = result.reason;
      break;
    }
    resolutions.add(result.value.resolution);
    imported += await upsertReadings(meteringPointId, result.value.resolution, result.value.values);
    await refreshHoursAfterReadings(meteringPointId, new Date(from), new Date(to));
  }

  await writeAudit(db, {
    actorUserId: null,
    actorRole: "SYSTEM",
    action: "consumption.import",
    subjectCustomerId: point.customerId,
    targetType: "MeteringPoint",
    targetId: meteringPointId,
    metadata: { purpose: "elhub-metering-values", values: imported, complete: !failure },
  });
  if (failure) return { ok: false, reason: failure, imported };
  return { ok: true, imported, resolutions: [...resolutions] };
}

async function upsertReadings(
  meteringPointId: string,
  resolution: "PT15M" | "PT1H",
  values: readonly { intervalStart: Date; kwh: number; quality: "MEASURED" | "ESTIMATED" }[],
): Promise<number> {
  if (!values.length) return 0;
  // The months' partitions first, in a statement of its own: creating one locks the tables only
  // for that statement, not for the inserts (see the migration partition_readings_by_month).
  // A loop, not Math.min(...): three years of quarter-hours are more arguments than a call may take.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { intervalStart } of values) {
    first = Math.min(first, intervalStart.getTime());
    last = Math.max(last, intervalStart.getTime());
  }
  await db.$queryRaw`SELECT consumption_ensure_months(${new Date(first)}::timestamptz,
    ${new Date(last + HOUR_MS)}::timestamptz)::text`;
  let written = 0;
  for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT) {
    const batch = values.slice(i, i + ROWS_PER_STATEMENT);
    const rows = batch.map(
      (v) =>
        Prisma.sql`(${meteringPointId}::uuid, ${v.intervalStart}::timestamptz, ${resolution}::"Resolution", ${v.kwh.toFixed(4)}::numeric, ${v.quality}::"ReadingQuality")`,
    );
    written += await db.$executeRaw`
      INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh", "quality")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("meteringPointId", "intervalStart") DO UPDATE
        SET "resolution" = EXCLUDED."resolution", "kwh" = EXCLUDED."kwh", "quality" = EXCLUDED."quality"`;
  }
  return written;
}

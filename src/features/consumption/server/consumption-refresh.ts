import "server-only";
import { PRICE_AREAS } from "@/features/pricing";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { logError } from "@/platform/log";
import type { RegistryFailure } from "@/platform/registries/http-client";
import { type Registries, registries } from "@/platform/registries/registries";
// Keeps consumption data current on a schedule (src/platform/jobs/recurring-jobs.ts), so the portal and
// the demo never go stale: day-ahead prices for every area once published (tomorrow's from ~13:00),
// and yesterday's readings from Elhub in the morning for every metering point we supply. Both are
// idempotent: a rerun overwrites the same intervals with the same values.
import { addDays, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { importMeteringValues } from "./consumption-import";
import { refreshHoursAfterPrices } from "./consumption-rollup";
import { makeComingReadingMonths } from "./reading-months-ahead";

export interface SpotPriceImport {
  deliveryDay: string;
  imported: number;
  /** Areas whose prices could not be fetched, and why ("not-found" until they are published). */
  missing: { area: string; reason: RegistryFailure }[];
}

/** Fetches and stores every area's prices for one Oslo delivery day. */
export async function importSpotPrices(
  deliveryDay: string,
  options: { registries?: Registries } = {},
): Promise<SpotPriceImport> {
  const client = (options.registries ?? registries()).spotPrices;
  let imported = 0;
  const missing: SpotPriceImport["missing"] = [];
  for (const area of PRICE_AREAS) {
    const result = await client.dayAhead({ area, deliveryDay });
    if (!result.ok) {
      missing.push({ area, reason: result.reason });
      continue;
    }
    const { resolution, prices } = result.value;
    if (prices.length === 0) continue;
    const rows = prices.map(
      (p) =>
        Prisma.sql`(${area}::"PriceArea", ${p.start}::timestamptz, ${resolution}::"Resolution", ${p.priceOrePerKwh}::numeric)`,
    );
    imported += await db.$executeRaw`
      INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("priceArea", "intervalStart") DO UPDATE
        SET "resolution" = EXCLUDED."resolution", "priceOrePerKwh" = EXCLUDED."priceOrePerKwh"`;
    await refreshHoursAfterPrices(area, osloMidnight(deliveryDay), osloMidnight(addDays(deliveryDay, 1)));
  }
  return { deliveryDay, imported, missing };
}

/** Today's prices (if a run was missed) and tomorrow's (once published). */
export async function importLatestSpotPrices(now = new Date(), options: { registries?: Registries } = {}) {
  const today = osloDate(now);
  return [await importSpotPrices(today, options), await importSpotPrices(addDays(today, 1), options)];
}

/**
 * Yesterday's metering values (Oslo day) for every metering point with a current supply period, or
 * whose customer's history runs until their supply starts (signed up, contract not begun yet). First
 * the readings' partitions for this month and the next two, so that the imports seldom make one.
 */
export async function importYesterdaysReadings(now = new Date(), options: { registries?: Registries } = {}) {
  await makeComingReadingMonths(now);
  const today = osloDate(now);
  const yesterday = addDays(today, -1);
  const points = await db.supplyPeriod.findMany({
    where: {
      AND: [
        {
          OR: [{ fromDate: { lte: new Date(yesterday) } }, { historyFromDate: { lte: new Date(yesterday) } }],
        },
        { OR: [{ toDate: null }, { toDate: { gt: new Date(yesterday) } }] },
      ],
    },
    distinct: ["meteringPointId"],
    select: { meteringPointId: true },
  });
  let imported = 0;
  let failed = 0;
  for (const { meteringPointId } of points) {
    try {
      const result = await importMeteringValues(
        meteringPointId,
        { start: osloMidnight(yesterday), end: osloMidnight(today) },
        options,
      );
      imported += result.imported;
      if (!result.ok) failed += 1;
    } catch (error) {
      // One point's refused values (a database constraint) must not keep the others stale.
      logError("consumption.refresh.point", error);
      failed += 1;
    }
  }
  return { meteringPoints: points.length, imported, failed };
}

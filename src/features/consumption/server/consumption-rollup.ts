import "server-only";
// The rollup ConsumptionHour is kept by triggers inside each writing statement (its migration), from what
// that statement can see. A reading and its hour's price written at the same moment by two transactions
// each miss the other's uncommitted row: the hour stays unpriced although both are stored. So each import
// recomputes its hours once more after it has committed; whichever of the two commits last sees both.
import { type PriceArea, Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";

/** Recomputes the rollup hours that `where` picks (over h: ConsumptionHour, m: its MeteringPoint). */
async function refreshHours(where: Prisma.Sql): Promise<void> {
  const picked = Prisma.sql`
    FROM "ConsumptionHour" h JOIN "MeteringPoint" m ON m.id = h."meteringPointId" WHERE ${where}`;
  await db.$transaction(async (tx) => {
    // The writers' lock first; the recompute then reads with a snapshot taken after it (READ COMMITTED).
    await tx.$queryRaw`SELECT consumption_reading_lock(array_agg(DISTINCT h."meteringPointId"))::text ${picked}`;
    await tx.$queryRaw`
      SELECT consumption_hour_refresh(array_agg(h."meteringPointId"), array_agg(h."hourStart"), false)::text
      ${picked}`;
  });
}

/** After a price import has committed: every hour with readings in the area and [from, to). */
export async function refreshHoursAfterPrices(area: PriceArea, from: Date, to: Date): Promise<void> {
  await refreshHours(
    Prisma.sql`m."priceArea" = ${area}::"PriceArea" AND h."hourStart" >= ${from}::timestamptz AND h."hourStart" < ${to}::timestamptz`,
  );
}

/** After a readings import has committed: the point's hours in [from, to). */
export async function refreshHoursAfterReadings(
  meteringPointId: string,
  from: Date,
  to: Date,
): Promise<void> {
  await refreshHours(
    Prisma.sql`h."meteringPointId" = ${meteringPointId}::uuid AND h."hourStart" >= ${from}::timestamptz AND h."hourStart" < ${to}::timestamptz`,
  );
}

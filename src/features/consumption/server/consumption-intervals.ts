import "server-only";
// The customer's consumption on one of their metering points over whole Oslo days at a resolution, with
// the buckets the Forbruk page and its download build (periodBuckets): the personal API reads this, so
// its kWh and spot cost are the download's for the same days. Null for a point the customer was never
// supplied on (another customer's point does not exist here).
import { db } from "@/platform/db";
import { osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import type { ConsumptionView } from "../domain/view";
import { ownPointsNewestFirst } from "./own-points";
import { type ConsumptionBucket, periodBuckets } from "./period-buckets";
import type { OwnMeteringPoint } from "./pricing-inputs";
import { priceBuckets, usageBuckets } from "./usage-buckets";

export interface ConsumptionIntervals {
  point: OwnMeteringPoint;
  buckets: ConsumptionBucket[];
}

/**
 * The buckets of [days.from, days.to) (Oslo dates, `to` exclusive) on the customer's point, found by its
 * id or GSRN among their own points only.
 */
export async function getConsumptionIntervals(
  customerId: string,
  point: { id: string } | { gsrn: string },
  days: Pick<ConsumptionView, "from" | "to" | "resolution">,
  now = new Date(),
): Promise<ConsumptionIntervals | null> {
  const own = await ownPointsNewestFirst(customerId, now);
  const found = own.find((o) => ("id" in point ? o.point.id === point.id : o.point.gsrn === point.gsrn));
  if (!found) return null;
  const scope = {
    customerId,
    meteringPointId: found.point.id,
    from: osloMidnight(days.from),
    to: osloMidnight(days.to),
  };
  const [rows, prices] = await Promise.all([
    usageBuckets(db, scope, days.resolution),
    priceBuckets(db, scope, days.resolution),
  ]);
  return {
    point: found.point,
    buckets: periodBuckets(days, rows, prices, found.inputs, osloDate(now)),
  };
}

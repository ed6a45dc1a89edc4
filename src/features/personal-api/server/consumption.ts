import "server-only";
// Consumption over [from, to) at a resolution: the Forbruk download's rows (exportIntervals over the same
// buckets) for the Oslo days the range touches, cut to the range. Another customer's point is 404.
import { exportIntervals, SPOT_COST_RULE, spotCostTotals } from "@/features/consumption";
import { getConsumptionIntervals } from "@/features/consumption/server";
import { formatScaled, parseScaled } from "@/features/pricing";
import { HOUR_MS } from "@/platform/time/durations";
import { osloIsoString } from "@/platform/time/oslo-calendar";
import { type ConsumptionQuery, parseConsumptionQuery } from "../domain/consumption-query";
import { HOURLY_METER_RULE, VIEW_RESOLUTION } from "../domain/limits";
import type { Consumption } from "../domain/schemas/consumption";
import { apiJson, badQuery, meteringPointNotFound } from "./responses";

export type ConsumptionResult =
  | { ok: true; consumption: Consumption }
  | { ok: false; reason: "not-found" | "cuts-hourly-reading" };

/** Whether `from` or `to` falls inside an hourly reading's bucket (at PT15M it stays one hour long). */
function cutsHourlyReading(buckets: { start: Date; coveredHours: number }[], query: ConsumptionQuery) {
  return buckets.some((b) => {
    if (query.resolution !== "PT15M" || b.coveredHours !== 1) return false;
    const start = b.start.getTime();
    const inside = (t: number) => t > start && t < start + HOUR_MS;
    return inside(query.from.getTime()) || inside(query.to.getTime());
  });
}

/** The consumption as the API answers it; not found when the point is not among the customer's. */
export async function readConsumption(
  customerId: string,
  query: ConsumptionQuery,
  now = new Date(),
): Promise<ConsumptionResult> {
  const days = { ...query.days, resolution: VIEW_RESOLUTION[query.resolution] };
  const found = await getConsumptionIntervals(customerId, query.point, days, now);
  if (!found) return { ok: false, reason: "not-found" };
  if (cutsHourlyReading(found.buckets, query)) return { ok: false, reason: "cuts-hourly-reading" };
  // The download's rows over whole days, then those that start within [from, to).
  const inRange = found.buckets.map((b) => b.start >= query.from && b.start < query.to);
  const rows = exportIntervals(found.buckets, days).filter((_, i) => inRange[i]);
  const buckets = found.buckets.filter((_, i) => inRange[i]);
  const spot = spotCostTotals(buckets);
  const kwh = buckets.reduce((sum, b) => sum + parseScaled(b.kwh ?? "0"), 0n);
  const consumption: Consumption = {
    meteringPoint: { id: found.point.id, gsrn: found.point.gsrn },
    from: osloIsoString(query.from),
    to: osloIsoString(query.to),
    resolution: query.resolution,
    totalKwh: formatScaled(kwh, 4),
    spotCostOre: spot.spotCostOre,
    weightedSpotPriceOrePerKwh: spot.weightedSpotPriceOrePerKwh,
    spotCostRule: SPOT_COST_RULE,
    intervals: rows,
  };
  return { ok: true, consumption };
}

export async function consumptionResponse(customerId: string, search: URLSearchParams): Promise<Response> {
  const parsed = parseConsumptionQuery(search);
  if (!parsed.ok) {
    const { title, detail, maximumDays } = parsed;
    return badQuery(detail, title, maximumDays === undefined ? {} : { maximumDays });
  }
  const result = await readConsumption(customerId, parsed.query);
  if (result.ok) return apiJson(result.consumption);
  return result.reason === "not-found" ? meteringPointNotFound() : badQuery(HOURLY_METER_RULE);
}

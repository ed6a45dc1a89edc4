import "server-only";
// Day-ahead spot prices per price area and delivery day. The shape is our own, inferred from the
// public day-ahead feeds (Nord Pool's area prices, republished per area and day): one series of
// intervals with prices in øre/kWh excl. VAT as decimal strings; no real API is claimed here.
import { z } from "zod";
import type { PriceAreaCode } from "@/features/pricing";
import { type HttpApiConfig, type RegistryResult, requestJson } from "../http-client";

const ZPrice = z.object({
  start: z.iso.datetime({ offset: true }),
  priceOrePerKwh: z.string().regex(/^-?\d{1,6}(\.\d{1,4})?$/),
});

export const ZDayAheadPrices = z.object({
  area: z.enum(["NO1", "NO2", "NO3", "NO4", "NO5"]),
  deliveryDay: z.iso.date(),
  resolution: z.enum(["PT15M", "PT1H"]),
  currency: z.literal("NOK"),
  unit: z.literal("øre/kWh excl. VAT"),
  prices: z.array(ZPrice).max(100),
});

export type DayAheadPrices = z.infer<typeof ZDayAheadPrices>;

export interface SpotPriceClient {
  /** The area's prices for an Oslo delivery day; "not-found" until they are published. */
  dayAhead(query: { area: PriceAreaCode; deliveryDay: string }): Promise<RegistryResult<DayAheadPrices>>;
}

export function createSpotPriceClient(config: HttpApiConfig): SpotPriceClient {
  return {
    dayAhead({ area, deliveryDay }) {
      return requestJson(config, {
        method: "GET",
        path: `/v1/day-ahead/${encodeURIComponent(area)}/${encodeURIComponent(deliveryDay)}`,
        idempotent: true,
        schema: ZDayAheadPrices,
        operation: "day-ahead",
      });
    },
  };
}

import "server-only";
import { PRICE_AREAS, PRICES_PUBLISHED_HOUR, QUARTER_HOUR_PRICES_FROM } from "@/features/pricing";
// Simulated day-ahead prices in the shape spot-prices.ts reads: deterministic per area and interval
// (a winter peak, morning and evening peaks, a cheaper north), hourly before delivery day 2025-10-01
// and in quarters from it. A day's prices exist once published: any past day and today, and tomorrow
// from 13:00 Oslo time.
import { addDays, isCalendarDate, osloDate, osloMidnight, osloParts } from "@/platform/time/oslo-calendar";
import type { SimulatorModule, SimulatorResponse } from "../simulator/server";

const LEVEL: Record<string, number> = { NO1: 62, NO2: 70, NO3: 32, NO4: 19, NO5: 57 };

/** A stable pseudo-random number in [0, 1) for a text. */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4_294_967_296;
}

function priceAt(area: string, start: Date): string {
  const { m, hour, minute } = osloParts(start);
  const winter = Math.cos((2 * Math.PI * (m - 1)) / 12);
  const hf = hour + minute / 60;
  const shape = 1 + 0.35 * Math.exp(-((hf - 8.5) ** 2) / 3) + 0.5 * Math.exp(-((hf - 18.5) ** 2) / 4);
  const noise = 0.9 + 0.2 * hash01(`${area}:${start.getTime()}`);
  // Whole hundredths of an øre: the feed carries decimal strings, never floats.
  const hundredths = Math.round((LEVEL[area] ?? 50) * (1 + 0.35 * winter) * shape * noise * 100);
  return `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

function dayAhead(area: string, day: string, now: Date): SimulatorResponse {
  if (!(PRICE_AREAS as readonly string[]).includes(area) || !isCalendarDate(day)) {
    return { status: 400, body: { code: "INVALID", message: "Unknown area or date" } };
  }
  const today = osloDate(now);
  const published =
    day <= today || (day === addDays(today, 1) && osloParts(now).hour >= PRICES_PUBLISHED_HOUR);
  if (!published)
    return { status: 404, body: { code: "NOT_PUBLISHED", message: "Prices not published yet" } };
  const resolution = day >= QUARTER_HOUR_PRICES_FROM ? "PT15M" : "PT1H";
  const step = resolution === "PT15M" ? 900_000 : 3_600_000;
  const prices = [];
  for (let t = osloMidnight(day).getTime(); t < osloMidnight(addDays(day, 1)).getTime(); t += step) {
    prices.push({ start: new Date(t).toISOString(), priceOrePerKwh: priceAt(area, new Date(t)) });
  }
  return {
    status: 200,
    body: { area, deliveryDay: day, resolution, currency: "NOK", unit: "øre/kWh excl. VAT", prices },
  };
}

export const spotPriceSimulator: SimulatorModule = {
  name: "spotpriser",
  handle(request) {
    const match = /^\/v1\/day-ahead\/([^/]+)\/([^/]+)$/.exec(request.path);
    if (request.method !== "GET" || !match)
      return { status: 404, body: { code: "NOT_FOUND", message: "No such resource" } };
    return dayAhead(decodeURIComponent(match[1] ?? ""), decodeURIComponent(match[2] ?? ""), new Date());
  },
};

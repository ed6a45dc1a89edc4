// When day-ahead prices exist: the auction for a delivery day closes at noon the day before and prices
// are published from about 13:00 Oslo time; from delivery day 2025-10-01 they come in 15-minute units.
import { NORGESPRIS_FIRST_DAY } from "./rates";

export const QUARTER_HOUR_PRICES_FROM = NORGESPRIS_FIRST_DAY;
/** Oslo hour from which tomorrow's prices may be asked for. */
export const PRICES_PUBLISHED_HOUR = 13;

export const PRICE_AREAS = ["NO1", "NO2", "NO3", "NO4", "NO5"] as const;
export type PriceAreaCode = (typeof PRICE_AREAS)[number];

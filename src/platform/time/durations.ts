// Fixed lengths of time in milliseconds, for arithmetic on instants (expiry, idle limits, "30 days
// back", metering intervals). An Oslo calendar day is 23 or 25 hours at a daylight saving change:
// calendar dates go through oslo-calendar.ts, never through DAY_MS.
export const MINUTE_MS = 60_000;
export const QUARTER_HOUR_MS = 15 * MINUTE_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

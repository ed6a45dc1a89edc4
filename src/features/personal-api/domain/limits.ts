// The API's resolutions and the longest range each may ask for in one call. The maxima bound one
// answer's size (31 days of quarters are 2 976 rows); they are in the OpenAPI document, the docs page,
// the README and the 400 answer that refuses a longer range, all from here.
import { EARLIEST_DATE, type ViewResolution } from "@/features/consumption";

export const API_RESOLUTIONS = ["PT15M", "PT1H", "P1D", "P1M"] as const;
export type ApiResolution = (typeof API_RESOLUTIONS)[number];

/** The longest range per resolution, in Oslo calendar days (from's date to the date `to` ends on). */
export const MAX_RANGE_DAYS: Record<ApiResolution, number> = {
  PT15M: 31,
  PT1H: 93,
  P1D: 366,
  P1M: 1096,
};

/** The Forbruk view's resolution that builds the same buckets. */
export const VIEW_RESOLUTION: Record<ApiResolution, ViewResolution> = {
  PT15M: "kvarter",
  PT1H: "time",
  P1D: "dag",
  P1M: "maned",
};

/** Where `from` and `to` must fall for a resolution, in the words of a 400 answer. */
export const ALIGNMENT_RULE: Record<ApiResolution, string> = {
  PT15M: "på et helt kvarter (minutt 00, 15, 30 eller 45, uten sekunder)",
  PT1H: "på en hel time (uten minutter og sekunder)",
  P1D: "ved midnatt norsk tid, for eksempel 2026-11-01T00:00:00+01:00",
  P1M: "ved midnatt norsk tid den første dagen i en måned, for eksempel 2026-11-01T00:00:00+01:00",
};

/**
 * An hourly reading is one hour-long bucket even at PT15M (no made-up quarters), so a PT15M range on a
 * point metered per hour must not cut an hour: the answer would hold the whole hour or miss it.
 */
export const HOURLY_METER_RULE =
  "Målepunktet måles per time i denne perioden, så med oppløsning PT15M må «from» og «to» være på en hel time (minutt 00). Timene kommer som ett intervall hver.";

/** The instants a range may lie within: Forbruk's earliest date, and an end far enough for any script. */
export const RANGE_BOUNDS = { from: EARLIEST_DATE, to: "2100-01-01" } as const;

// The consumption endpoint's query: which point, [from, to) as ISO 8601 instants with an offset, and the
// resolution. Beyond the schema: from before to, both on the resolution's grid (Oslo midnights for days
// and months), and no longer than the resolution's maximum. The buckets are the Forbruk view's over the
// Oslo days the range touches, so the answer is the download's for those days.
import { z } from "zod";
import { isUuid } from "@/platform/identifiers/uuid";
import { HOUR_MS, QUARTER_HOUR_MS } from "@/platform/time/durations";
import { addDays, daysBetween, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { ALIGNMENT_RULE, API_RESOLUTIONS, type ApiResolution, MAX_RANGE_DAYS, RANGE_BOUNDS } from "./limits";
import { parseQuery, strictQuery } from "./query";

const instant = (name: "from" | "to", example: string) =>
  z.iso
    .datetime({
      offset: true,
      error: `«${name}» må være et tidspunkt i ISO 8601 med tidssone, for eksempel ${example}.`,
    })
    .meta({
      description: `${name === "from" ? "Start (med)" : "Slutt (uten)"}: ISO 8601 med tidssone (Z eller ±hh:mm). Husk å skrive + som %2B i adressen.`,
      example,
    });

export const ZConsumptionQuery = strictQuery({
  meteringPointId: z
    .string({
      error: "Oppgi «meteringPointId»: målepunkt-ID (GSRN, 18 siffer) eller id fra /api/v1/metering-points.",
    })
    .max(36, { error: "«meteringPointId» er for lang." })
    .refine((v) => /^\d{18}$/.test(v) || isUuid(v), {
      error:
        "«meteringPointId» må være en målepunkt-ID (GSRN, 18 siffer) eller en id fra /api/v1/metering-points.",
    })
    .meta({
      description: "Målepunkt-ID (GSRN, 18 siffer) eller målepunktets id.",
      example: "707057500104827313",
    }),
  from: instant("from", "2026-11-01T00:00:00+01:00"),
  to: instant("to", "2026-12-01T00:00:00+01:00"),
  resolution: z
    .enum(API_RESOLUTIONS, { error: `«resolution» må være én av ${API_RESOLUTIONS.join(", ")}.` })
    .meta({ description: "Intervallenes lengde (ISO 8601-varighet).", example: "PT1H" }),
}).meta({ id: "ConsumptionQuery" });

export interface ConsumptionQuery {
  point: { id: string } | { gsrn: string };
  from: Date;
  to: Date;
  resolution: ApiResolution;
  /** The Oslo days the range touches: the Forbruk view the buckets come from. */
  days: { from: string; to: string };
}

export type ConsumptionQueryResult =
  | { ok: true; query: ConsumptionQuery }
  | { ok: false; title: string; detail: string; maximumDays?: number };

const invalid = (detail: string): ConsumptionQueryResult => ({
  ok: false,
  title: "Ugyldig spørring",
  detail,
});

/** Whether an instant lies on the resolution's grid: whole quarters, hours, Oslo days or months. */
function onGrid(instant: Date, resolution: ApiResolution): boolean {
  const t = instant.getTime();
  if (resolution === "PT15M") return t % QUARTER_HOUR_MS === 0;
  if (resolution === "PT1H") return t % HOUR_MS === 0;
  const date = osloDate(instant);
  if (osloMidnight(date).getTime() !== t) return false;
  return resolution === "P1D" || date.endsWith("-01");
}

export function parseConsumptionQuery(search: URLSearchParams): ConsumptionQueryResult {
  const parsed = parseQuery(ZConsumptionQuery, search);
  if (!parsed.ok) return invalid(parsed.detail);
  const { meteringPointId, resolution } = parsed.value;
  const from = new Date(parsed.value.from);
  const to = new Date(parsed.value.to);
  if (from.getTime() >= to.getTime()) return invalid("«from» må være før «to».");
  // Checked before any calendar arithmetic: year 1 or 9999 is valid ISO 8601 but no Oslo day we know.
  if (from < osloMidnight(RANGE_BOUNDS.from) || to > osloMidnight(RANGE_BOUNDS.to)) {
    return invalid(`Perioden må ligge mellom ${RANGE_BOUNDS.from} og ${RANGE_BOUNDS.to}.`);
  }
  if (!onGrid(from, resolution) || !onGrid(to, resolution)) {
    return invalid(`Med oppløsning ${resolution} må «from» og «to» være ${ALIGNMENT_RULE[resolution]}.`);
  }
  const lastDay = osloDate(new Date(to.getTime() - 1));
  const days = { from: osloDate(from), to: addDays(lastDay, 1) };
  const maximumDays = MAX_RANGE_DAYS[resolution];
  if (daysBetween(days.from, days.to) > maximumDays) {
    return {
      ok: false,
      title: "Perioden er for lang",
      detail: `Med oppløsning ${resolution} kan perioden være høyst ${maximumDays} døgn. Del den opp i flere kall.`,
      maximumDays,
    };
  }
  const point = /^\d{18}$/.test(meteringPointId) ? { gsrn: meteringPointId } : { id: meteringPointId };
  return { ok: true, query: { point, from, to, resolution, days } };
}

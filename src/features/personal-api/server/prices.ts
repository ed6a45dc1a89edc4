import "server-only";
import { EARLIEST_DATE } from "@/features/consumption";
// Spot prices for the areas of the customer's metering points, without and with VAT: VAT is decided by
// each point's municipality (vat.ts), so points in one area with and without VAT are listed apart.
// Tomorrow's prices exist from about 13:00; a later day has none yet and is refused.
import { ownPointsNewestFirst } from "@/features/consumption/server";
import { isVatExempt, vatBasisPointsOn, withVat } from "@/features/pricing";
import { db } from "@/platform/db";
import { HOUR_MS, QUARTER_HOUR_MS } from "@/platform/time/durations";
import { addDays, osloDate, osloIsoString, osloMidnight } from "@/platform/time/oslo-calendar";
import { parsePricesQuery } from "../domain/prices-query";
import type { Prices } from "../domain/schemas/prices";
import { apiJson, badQuery } from "./responses";

type PriceDay = Prices["days"][number];
type Area = PriceDay["areas"][number];

/**
 * The customer's price areas, each with its VAT rule. Not which points: a GSRN is consumption data, and
 * the PRICES scope does not reach it (the metering points' own endpoint tells each point's area).
 */
async function ownAreas(customerId: string, now: Date) {
  const areas = new Map<string, { priceArea: Area["priceArea"]; exempt: boolean }>();
  for (const { inputs } of await ownPointsNewestFirst(customerId, now)) {
    const { priceArea, municipalityNumber } = inputs.meteringPoint;
    const exempt = isVatExempt(municipalityNumber);
    areas.set(`${priceArea}:${exempt}`, { priceArea: priceArea as Area["priceArea"], exempt });
  }
  return [...areas.values()];
}

async function priceDay(areas: Awaited<ReturnType<typeof ownAreas>>, date: string): Promise<PriceDay> {
  const rows = await db.spotPrice.findMany({
    where: {
      priceArea: { in: [...new Set(areas.map((a) => a.priceArea))] },
      intervalStart: { gte: osloMidnight(date), lt: osloMidnight(addDays(date, 1)) },
    },
    orderBy: { intervalStart: "asc" },
    select: { priceArea: true, intervalStart: true, resolution: true, priceOrePerKwh: true },
  });
  const vat = vatBasisPointsOn(date);
  return {
    date,
    published: rows.length > 0,
    areas: areas.map((area) => {
      const basisPoints = area.exempt ? 0 : vat;
      return {
        priceArea: area.priceArea,
        vatBasisPoints: basisPoints,
        intervals: rows
          .filter((row) => row.priceArea === area.priceArea)
          .map((row) => {
            const length = row.resolution === "PT15M" ? QUARTER_HOUR_MS : HOUR_MS;
            const orePerKwh = row.priceOrePerKwh.toFixed(4);
            return {
              start: osloIsoString(row.intervalStart),
              end: osloIsoString(new Date(row.intervalStart.getTime() + length)),
              orePerKwh,
              orePerKwhWithVat: withVat(orePerKwh, basisPoints),
            };
          }),
      };
    }),
  };
}

export type PricesResult = { ok: true; prices: Prices } | { ok: false; detail: string };

/** The day asked for, or today and tomorrow (tomorrow only once its prices are published). */
export async function readPrices(
  customerId: string,
  date: string | undefined,
  now = new Date(),
): Promise<PricesResult> {
  const today = osloDate(now);
  const tomorrow = addDays(today, 1);
  if (date !== undefined && date > tomorrow) {
    return {
      ok: false,
      detail: `Spotpriser finnes bare til og med i morgen (${tomorrow}). Morgendagens publiseres rundt kl. 13.`,
    };
  }
  if (date !== undefined && date < EARLIEST_DATE) {
    return { ok: false, detail: `Spotpriser finnes fra ${EARLIEST_DATE}.` };
  }
  const areas = await ownAreas(customerId, now);
  if (date !== undefined) return { ok: true, prices: { days: [await priceDay(areas, date)] } };
  const [first, second] = await Promise.all([priceDay(areas, today), priceDay(areas, tomorrow)]);
  return { ok: true, prices: { days: second.published ? [first, second] : [first] } };
}

export async function pricesResponse(customerId: string, search: URLSearchParams): Promise<Response> {
  const query = parsePricesQuery(search);
  if (!query.ok) return badQuery(query.detail);
  const result = await readPrices(customerId, query.value.date);
  return result.ok ? apiJson(result.prices) : badQuery(result.detail);
}

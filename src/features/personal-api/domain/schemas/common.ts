// Building blocks of the response schemas: how dates, instants, decimals and øre are written.
import { z } from "zod";

/** An Oslo calendar date. */
export const ZDate = z.iso.date().meta({ example: "2026-11-01" });

/** An instant as osloIsoString writes it: Oslo wall-clock time with milliseconds and the offset. */
export const ZInstant = z.iso
  .datetime({ offset: true })
  .meta({ description: "ISO 8601 i norsk tid med tidssone.", example: "2026-11-01T00:00:00.000+01:00" });

/** An exact decimal as text (never a float): kWh with 4 decimals, prices with 4 or 6. */
export const decimal = (description: string, example: string) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .meta({
      description: `${description} Desimaltall som tekst (punktum), aldri avrundet til flyttall.`,
      example,
    });

/** Whole øre (1 krone = 100 øre), an integer. */
export const ore = (description: string, example: number) =>
  z.int().meta({ description: `${description} Hele øre (heltall; 100 øre = 1 krone).`, example });

export const PRICE_AREA_CODES = ["NO1", "NO2", "NO3", "NO4", "NO5"] as const;
export const ZPriceArea = z
  .enum(PRICE_AREA_CODES)
  .meta({ id: "PriceArea", description: "Prisområde.", example: "NO1" });

import { z } from "zod";
import { decimal, ZDate, ZInstant, ZPriceArea } from "./common";

export const ZSpotPriceInterval = z
  .object({
    start: ZInstant,
    end: ZInstant,
    orePerKwh: decimal("Spotprisen uten mva, øre/kWh.", "85.1234"),
    orePerKwhWithVat: decimal(
      "Spotprisen med mva for målepunktene dine i området, øre/kWh (lik uten mva der strøm er mva-fri).",
      "106.4043",
    ),
  })
  .meta({ id: "SpotPriceInterval" });

export const ZAreaPrices = z
  .object({
    priceArea: ZPriceArea,
    vatBasisPoints: z.int().meta({
      description: "Mva-satsen i hundredels prosent (2500 = 25 %; 0 der strøm er mva-fri).",
      example: 2500,
    }),
    intervals: z
      .array(ZSpotPriceInterval)
      .meta({ description: "Kvarter (fra 1. oktober 2025) eller timer, i rekkefølge." }),
  })
  .meta({ id: "AreaPrices" });

export const ZPriceDay = z
  .object({
    date: ZDate,
    published: z
      .boolean()
      .meta({ description: "Prisene for dagen er publisert (morgendagens rundt kl. 13)." }),
    areas: z.array(ZAreaPrices),
  })
  .meta({ id: "PriceDay" });

export const ZPrices = z
  .object({ days: z.array(ZPriceDay).meta({ description: "Dagen du ba om, eller i dag og i morgen." }) })
  .meta({ id: "Prices" });

export type Prices = z.infer<typeof ZPrices>;

import { z } from "zod";
import { API_RESOLUTIONS, MAX_RANGE_DAYS } from "../limits";
import { decimal, ore, ZInstant } from "./common";

export const ZConsumptionInterval = z
  .object({
    start: ZInstant,
    end: ZInstant,
    kwh: decimal(
      "Forbruket i intervallet, kWh med 4 desimaler; null: ingen avlesninger (et hull, aldri null forbruk).",
      "1.2345",
    ).nullable(),
    areaMeanSpotPriceOrePerKwh: decimal(
      "Prisområdets snittpris i intervallet, øre/kWh uten mva (uvektet).",
      "85.1234",
    ).nullable(),
    weightedSpotPriceOrePerKwh: decimal(
      "Σ kWh × spotpris / Σ kWh: prisen forbruket ditt møtte, øre/kWh uten mva.",
      "84.567890",
    ).nullable(),
    spotCostOre: ore(
      "Spotpris × forbruk uten mva: hver måneds sum avrundet én gang og fordelt på intervallene, som i Forbruk-nedlastingen.",
      104,
    ).nullable(),
    complete: z.boolean().meta({ description: "Alle timene intervallet skal ha, har avlesninger." }),
  })
  .meta({ id: "ConsumptionInterval" });

export const ZConsumption = z
  .object({
    meteringPoint: z.object({ id: z.uuid(), gsrn: z.string().regex(/^\d{18}$/) }),
    from: ZInstant,
    to: ZInstant,
    resolution: z.enum(API_RESOLUTIONS),
    totalKwh: decimal("Sum kWh i perioden.", "812.4500"),
    spotCostOre: ore("Sum spotpris × forbruk uten mva i perioden.", 68712),
    weightedSpotPriceOrePerKwh: decimal(
      "Forbruksvektet spotpris i perioden, øre/kWh uten mva.",
      "84.567890",
    ).nullable(),
    spotCostRule: z
      .string()
      .meta({ description: "Regelen for avrunding og fordeling av spotkostnaden (norsk)." }),
    intervals: z.array(ZConsumptionInterval),
  })
  .meta({
    id: "Consumption",
    description: `Tallene er de samme som Forbruk-siden og nedlastingen (CSV/JSON) gir for de samme dagene. Lengste periode: ${API_RESOLUTIONS.map((r) => `${r} ${MAX_RANGE_DAYS[r]} døgn`).join(", ")}.`,
  });

export type Consumption = z.infer<typeof ZConsumption>;

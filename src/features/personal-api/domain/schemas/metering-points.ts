import { z } from "zod";
import { ZDate, ZPriceArea } from "./common";

export const ZSupplyPeriod = z
  .object({
    from: ZDate.meta({ description: "Første dag vi leverer strøm til deg på målepunktet." }),
    to: ZDate.nullable().meta({ description: "Dagen etter siste leveringsdag (eksklusiv); null: løpende." }),
  })
  .meta({ id: "SupplyPeriod" });

export const ZMeteringPoint = z
  .object({
    id: z
      .uuid()
      .meta({ description: "Målepunktets id hos oss.", example: "0193a6c2-8e1f-7c3a-9d2b-4f5e6a7b8c9d" }),
    gsrn: z
      .string()
      .regex(/^\d{18}$/)
      .meta({ description: "Målepunkt-ID (GSRN).", example: "707057500104827313" }),
    address: z.string().meta({ description: "Anleggsadressen.", example: "Storgata 1, 0155 Oslo" }),
    priceArea: ZPriceArea,
    supplyPeriods: z
      .array(ZSupplyPeriod)
      .meta({ description: "Dine leveringsperioder på målepunktet, eldste først." }),
    historyFrom: ZDate.nullable().meta({
      description:
        "Fra denne datoen har vi forbruket ditt fra før leveransen startet (fra Elhub); null: ingen historikk.",
    }),
  })
  .meta({ id: "MeteringPoint" });

export const ZMeteringPointList = z
  .object({
    meteringPoints: z.array(ZMeteringPoint).meta({ description: "Målepunktet du bor på nå først." }),
  })
  .meta({ id: "MeteringPointList" });

export type MeteringPointList = z.infer<typeof ZMeteringPointList>;

import { z } from "zod";
import { decimal, ore, ZDate, ZPriceArea } from "./common";

export const ZContract = z
  .object({
    id: z.uuid(),
    product: z.enum(["SPOT", "FIXED"]).meta({ description: "SPOT: spotpris med påslag; FIXED: fastpris." }),
    status: z
      .enum(["PENDING", "ACTIVE", "TERMINATED"])
      .meta({ description: "Status i dag: venter på oppstart, aktiv eller avsluttet." }),
    current: z.boolean().meta({ description: "Ikke avsluttet før i dag." }),
    startDate: ZDate,
    endDate: ZDate.nullable().meta({
      description: "Dagen etter siste leveringsdag (eksklusiv); null: løpende.",
    }),
    endedBy: z
      .enum(["product-change", "move", "termination", "withdrawal"])
      .nullable()
      .meta({ description: "Hvorfor avtalen slutter: produktbytte, flytting, oppsigelse eller angrerett." }),
    priceTerms: z
      .object({
        markupOrePerKwh: decimal("Påslag, øre/kWh uten mva.", "4.9000"),
        monthlyFeeOre: ore("Månedsbeløp uten mva.", 4900),
        fixedPriceOrePerKwh: decimal("Fastpris, øre/kWh uten mva (bare FIXED).", "89.9000").nullable(),
        fixedUntil: ZDate.nullable().meta({
          description: "Fastprisen gjelder til og med denne dagen (bare FIXED).",
        }),
      })
      .meta({ id: "PriceTerms" }),
    termsVersion: z.string().nullable().meta({ description: "Versjonen av avtalevilkårene du godtok." }),
    meteringPoint: z.object({
      id: z.uuid(),
      gsrn: z.string().regex(/^\d{18}$/),
      address: z.string(),
      priceArea: ZPriceArea,
    }),
  })
  .meta({ id: "Contract" });

export const ZContractList = z
  .object({
    contracts: z.array(ZContract).meta({ description: "Nåværende og tidligere avtaler, nyeste først." }),
  })
  .meta({ id: "ContractList" });

export type ContractList = z.infer<typeof ZContractList>;

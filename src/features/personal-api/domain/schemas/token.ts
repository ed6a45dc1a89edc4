import { z } from "zod";
import { API_SCOPES } from "@/features/api-tokens";
import { ZInstant } from "./common";

export const ZTokenDescription = z
  .object({
    token: z.object({
      id: z.uuid(),
      name: z.string().meta({ description: "Navnet du ga nøkkelen.", example: "Hjemmeautomasjon" }),
      prefix: z
        .string()
        .meta({ description: "Nøkkelens første tegn, som vist på Profil.", example: "kk_Ab3x9" }),
      scopes: z
        .array(z.enum(API_SCOPES as [string, ...string[]]))
        .meta({ description: "Det nøkkelen kan lese." }),
      createdAt: ZInstant,
      expiresAt: ZInstant,
    }),
    rateLimit: z.object({
      limit: z.int().meta({ description: "Kall per vindu.", example: 60 }),
      windowSeconds: z.int().meta({ example: 60 }),
    }),
  })
  .meta({ id: "TokenDescription" });

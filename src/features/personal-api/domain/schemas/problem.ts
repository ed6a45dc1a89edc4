// The body of every refusal (RFC 9457 problem details), as src/platform/http/problem.ts writes it.
import { z } from "zod";

export const ZProblem = z
  .looseObject({
    type: z
      .string()
      .meta({ description: "Problemtypen; about:blank når statuskoden sier alt.", example: "about:blank" }),
    title: z
      .string()
      .meta({ description: "Kort beskrivelse av problemet (norsk).", example: "Ugyldig spørring" }),
    status: z.int().meta({ description: "HTTP-statuskoden.", example: 400 }),
    detail: z.string().optional().meta({
      description: "Hva som gikk galt denne gangen og hva du kan gjøre (norsk).",
      example: "«from» må være før «to».",
    }),
  })
  .meta({
    id: "Problem",
    description:
      "RFC 9457 problem details (application/problem+json). Kan ha flere felt, for eksempel maximumDays (400), scope (403) og retryAfterSeconds (429).",
  });

// The prices endpoint's query: an Oslo date, or none for today and tomorrow (tomorrow once published).
import { z } from "zod";
import { isCalendarDate } from "@/platform/time/oslo-calendar";
import { parseQuery, type QueryParse, strictQuery } from "./query";

export const ZPricesQuery = strictQuery({
  date: z
    .string({ error: "«date» må være en dato som ÅÅÅÅ-MM-DD." })
    .max(10, { error: "«date» må være en dato som ÅÅÅÅ-MM-DD." })
    .refine(isCalendarDate, { error: "«date» må være en dato som ÅÅÅÅ-MM-DD, for eksempel 2026-12-07." })
    .optional()
    .meta({
      description: "Dagen (norsk dato). Uten: i dag og i morgen, når morgendagens priser er publisert.",
      example: "2026-12-07",
    }),
}).meta({ id: "PricesQuery" });

export type PricesQuery = z.output<typeof ZPricesQuery>;

export function parsePricesQuery(search: URLSearchParams): QueryParse<PricesQuery> {
  return parseQuery(ZPricesQuery, search);
}

// The contract page's rules: the products Klarkraft offers today, and the forms for changing product
// and terminating, with the limits they quote.
import { z } from "zod";
import { isCalendarDate } from "@/platform/time/oslo-calendar";

export type OfferedProduct = "SPOT" | "FIXED";

export interface ProductOffer {
  product: OfferedProduct;
  name: string;
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
  /** Months a fixed price holds from the start. */
  fixedMonths: number | null;
}

/** Today's offers (Klarkraft's price list, excl. VAT): what a product change switches to. */
export const PRODUCT_OFFERS: Record<OfferedProduct, ProductOffer> = {
  SPOT: {
    product: "SPOT",
    name: "Spotpris",
    markupOrePerKwh: "4.9",
    monthlyFeeOre: 4900,
    fixedPriceOrePerKwh: null,
    fixedMonths: null,
  },
  FIXED: {
    product: "FIXED",
    name: "Fastpris 12 måneder",
    markupOrePerKwh: "0",
    monthlyFeeOre: 4900,
    fixedPriceOrePerKwh: "79.9",
    fixedMonths: 12,
  },
};

/** A change or termination takes effect from tomorrow at the earliest and at most this many days ahead. */
export const CONTRACT_CHANGE_MAX_DAYS_AHEAD = 90;

const ZDate = z
  .string()
  .trim()
  .max(10, "Skriv datoen som ÅÅÅÅ-MM-DD.")
  .refine(isCalendarDate, "Skriv datoen som ÅÅÅÅ-MM-DD.");
const ZConfirm = z.literal("ja", { error: "Kryss av for at du bekrefter endringen." });

export const ZProductChange = z.object({
  contractId: z.uuid({ error: "Avtalen finnes ikke." }),
  product: z.enum(["SPOT", "FIXED"], { error: "Velg et produkt." }),
  fromDate: ZDate,
  confirm: ZConfirm,
});

export const ZTermination = z.object({
  contractId: z.uuid({ error: "Avtalen finnes ikke." }),
  endDate: ZDate,
  confirm: ZConfirm,
});

// The customer's choices on Profil: one checkbox per kind, and the price level (øre/kWh with VAT, as
// Forbruk shows prices) for "price-above"; an empty level is off.
import { z } from "zod";
import type { NotificationKind } from "./kinds";

export const PRICE_LEVEL_MIN_ORE = 1;
export const PRICE_LEVEL_MAX_ORE = 1000;

export interface NotificationChoices {
  tomorrowPrices: boolean;
  /** øre/kWh with VAT; null: off. */
  priceAboveOre: number | null;
  inquiryAnswer: boolean;
  privacyCompleted: boolean;
  invoiceIssued: boolean;
}

/** All off: what a customer who never chose has. */
export const NO_NOTIFICATIONS: NotificationChoices = {
  tomorrowPrices: false,
  priceAboveOre: null,
  inquiryAnswer: false,
  privacyCompleted: false,
  invoiceIssued: false,
};

/** A checkbox posts "on" when ticked and nothing when not. */
const checkbox = z
  .enum(["on"])
  .optional()
  .transform((value) => value === "on");

const LEVEL_MESSAGE = `Skriv prisnivået som et helt antall øre per kWh, fra ${PRICE_LEVEL_MIN_ORE} til ${PRICE_LEVEL_MAX_ORE}, eller la feltet stå tomt.`;

export const ZNotificationChoices = z.object({
  tomorrowPrices: checkbox,
  inquiryAnswer: checkbox,
  privacyCompleted: checkbox,
  invoiceIssued: checkbox,
  priceAboveOre: z
    .string()
    .trim()
    .max(6, LEVEL_MESSAGE)
    .transform((value) => (value === "" ? null : value))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, LEVEL_MESSAGE)
        .transform(Number)
        .pipe(
          z.number().int().min(PRICE_LEVEL_MIN_ORE, LEVEL_MESSAGE).max(PRICE_LEVEL_MAX_ORE, LEVEL_MESSAGE),
        )
        .nullable(),
    )
    .optional()
    .transform((value) => value ?? null),
});

/** Whether the customer chose this kind. */
export function chose(choices: NotificationChoices, kind: NotificationKind): boolean {
  switch (kind) {
    case "tomorrow-prices":
      return choices.tomorrowPrices;
    case "price-above":
      return choices.priceAboveOre !== null;
    case "inquiry-answer":
      return choices.inquiryAnswer;
    case "privacy-completed":
      return choices.privacyCompleted;
    case "invoice-issued":
      return choices.invoiceIssued;
  }
}

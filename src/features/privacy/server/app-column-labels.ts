import "server-only";
// Norwegian names of the app's tables' columns, for the readable access copy (column-labels.ts holds the
// rest): the devices that get notifications, the notification choices, and the personal API tokens.
import type { ScalarFields } from "./personal-data-columns";

type Labels<M extends keyof ScalarFields> = { [C in ScalarFields[M]]?: string };

export const APP_COLUMN_LABELS: {
  PushSubscription: Labels<"PushSubscription">;
  NotificationPreference: Labels<"NotificationPreference">;
  ApiToken: Labels<"ApiToken">;
} = {
  // Notifications (Web Push).
  PushSubscription: {
    endpoint: "Adresse hos varslingstjenesten",
    p256dh: "Nettleserens offentlige nøkkel",
    auth: "Nettleserens autentiseringsnøkkel",
    deviceLabel: "Enhet",
    createdAt: "Varsler slått på",
    lastSuccessAt: "Sist varslet",
  },
  NotificationPreference: {
    tomorrowPrices: "Morgendagens strømpriser",
    priceAboveOre: "Varsle når prisen går over (øre/kWh med mva.)",
    inquiryAnswer: "Svar fra kundeservice",
    privacyCompleted: "Personvernforespørsel ferdig",
    invoiceIssued: "Ny faktura",
    tomorrowPricesSentFor: "Sist varslet om morgendagens priser for",
    priceAlertSentFor: "Sist varslet om høy pris for",
  },
  ApiToken: {
    name: "Navn",
    tokenHash: "Nøkkel (fingeravtrykk)",
    prefix: "Nøkkelen begynner med",
    scopes: "Kan lese",
    expiresAt: "Utløper",
    lastUsedAt: "Sist brukt",
    revokedAt: "Trukket tilbake",
    createdAt: "Laget",
  },
};

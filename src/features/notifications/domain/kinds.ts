// The notifications a customer can choose on Profil, as codes. Words for them live here (labels), the
// choices themselves in NotificationPreference.

export const NOTIFICATION_KINDS = [
  "tomorrow-prices",
  "price-above",
  "inquiry-answer",
  "privacy-completed",
  "invoice-issued",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What Profil calls each kind. */
export const NOTIFICATION_KIND_LABELS: ReadonlyMap<NotificationKind, string> = new Map([
  ["tomorrow-prices", "Morgendagens strømpriser er klare, med de billigste timene i ditt prisområde"],
  ["price-above", "Strømprisen går over et nivå du velger"],
  ["inquiry-answer", "Kundeservice har svart på en henvendelse"],
  ["privacy-completed", "En personvernforespørsel er ferdig behandlet"],
  ["invoice-issued", "En ny faktura er klar"],
]);

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

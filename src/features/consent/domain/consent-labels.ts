// Norwegian words for a consent choice's state and answers, for Min side; the stored choice and
// source are worded in @/platform/format/labels.

export const CONSENT_STATUS_LABELS = {
  "in-force": "Gjelder nå",
  superseded: "Erstattet av et nyere valg",
  lapsed: "Utløpt",
} as const satisfies Record<"in-force" | "superseded" | "lapsed", string>;

export function yesNo(granted: boolean): string {
  return granted ? "Ja" : "Nei";
}

// Norwegian words for what the consent records store, for Min side and the staff report.

export const CONSENT_CHOICE_LABELS = {
  ACCEPT_ALL: "Godtok alle",
  REJECT_ALL: "Avviste alle",
  CUSTOM: "Valgte selv",
} as const satisfies Record<"ACCEPT_ALL" | "REJECT_ALL" | "CUSTOM", string>;

export const CONSENT_SOURCE_LABELS = {
  BANNER: "Banneret",
  SETTINGS: "Innstillingene",
} as const satisfies Record<"BANNER" | "SETTINGS", string>;

export const CONSENT_STATUS_LABELS = {
  "in-force": "Gjelder nå",
  superseded: "Erstattet av et nyere valg",
  lapsed: "Utløpt",
} as const satisfies Record<"in-force" | "superseded" | "lapsed", string>;

export function yesNo(granted: boolean): string {
  return granted ? "Ja" : "Nei";
}

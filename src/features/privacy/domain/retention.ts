// How long a piece of personal data is kept, as data that a deletion job can act on. The register
// pairs each rule with the Norwegian explanation the privacy page shows.

export type RetentionRule =
  /** Until the customer relationship ends (Customer.endedAt), then `months` more; optionally capped by age while active. */
  | { kind: "while-customer-plus"; months: number; maxAgeMonths?: number }
  /** Primary accounting documentation (bokføringsloven § 13): 5 years after the end of its financial year. */
  | { kind: "bookkeeping"; years: 5; from: "end-of-financial-year" }
  /** Secondary accounting documentation, such as agreements: 3.5 years after the end of its financial year. */
  | { kind: "bookkeeping-secondary"; years: 3.5; from: "end-of-financial-year" }
  /** Counted from when the case was closed or completed. */
  | { kind: "after-closed"; months: number }
  /** Counted from when the row was written. */
  | { kind: "after-created"; months: number }
  /** Kept while it is in force, then `months` more: a consent record ends when the same visitor chooses again or it lapses. */
  | { kind: "after-superseded"; months: number }
  /** Deleted once its own expiry time has passed. */
  | { kind: "until-expired" }
  /** Lives in the visitor's browser: removed when consent is withdrawn, and never kept longer than `maxMonths`. */
  | { kind: "until-consent-withdrawn"; maxMonths: number };

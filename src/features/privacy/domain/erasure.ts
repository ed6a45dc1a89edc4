// What erasure (Art. 17) does to each data field of the register, and until when the law keeps
// what it keeps. A new field does not compile until someone decides its outcome here.

import { addMonths, isoDate, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { type DataFieldId, PRIVACY_REGISTER, type RetentionEntry } from "./register";
import { deadlineAfter } from "./request-deadline";
import type { RetentionRule } from "./retention";

export type ErasureOutcome =
  /** Deleted or blanked at once. */
  | "erased"
  /** Kept because a law requires it, until its retention period ends. */
  | "kept-by-law"
  /** Kept without anything that identifies the person: ids and dates only. */
  | "kept-without-identity"
  /** Never in our database (the browser, the trackers). */
  | "not-stored";

export const ERASURE_OUTCOME: Record<DataFieldId, ErasureOutcome> = {
  name: "kept-by-law",
  address: "kept-by-law",
  email: "erased",
  phone: "erased",
  inquiries: "erased",
  notices: "erased",
  "privacy-requests": "kept-without-identity",
  "privacy-choices": "erased",
  "national-id": "erased",
  "customer-number": "kept-by-law",
  "metering-point": "kept-by-law",
  agreement: "kept-by-law",
  application: "erased",
  readings: "erased",
  invoices: "kept-by-law",
  payments: "kept-by-law",
  account: "erased",
  "login-attempts": "erased",
  sessions: "erased",
  "password-resets": "erased",
  "email-codes": "erased",
  "second-factor": "erased",
  "essential-cookies": "erased",
  "consent-choices": "erased",
  "tracking-cookies": "not-stored",
  "security-log": "kept-without-identity",
  "rate-limits": "kept-without-identity",
  "credit-review": "erased",
  "activation-letters": "erased",
  "data-sources": "erased",
  "api-tokens": "erased",
};

/** Why name and address survive erasure: they are on the invoices, nowhere else. */
export const KEPT_ON_INVOICES_ONLY: readonly DataFieldId[] = ["name", "address"];

/**
 * When data under a retention rule may go, counted from its reference instant (the last invoice,
 * the contract's end, the case's closing, the row's writing). Null for rules that depend on no date.
 */
export function retainedUntil(rule: RetentionRule, reference: Date): Date | null {
  switch (rule.kind) {
    case "bookkeeping":
    case "bookkeeping-secondary": {
      // "Years after the end of the financial year": count whole months from 1 January after it.
      const months = Math.round(rule.years * 12);
      const year = Number(osloDate(reference).slice(0, 4));
      return osloMidnight(addMonths(isoDate(year + 1, 1, 1), months));
    }
    case "after-closed":
    case "after-created":
    case "after-superseded":
    case "while-customer-plus":
      // To the end of the same date `months` later, as for deadlines: never a day early.
      return deadlineAfter(reference, rule.months);
    case "until-expired":
    case "until-consent-withdrawn":
      return null;
  }
}

/** The register's retention entry for a data field (every field has exactly one). */
export function retentionEntryOf(field: DataFieldId): RetentionEntry {
  for (const category of PRIVACY_REGISTER) {
    const entry = category.retention.find((r) => r.fields.includes(field));
    if (entry) return entry;
  }
  throw new Error(`no retention rule for ${field}`);
}

/**
 * The retention job's cut-off: data whose reference instant is before it has passed its period at
 * `now`. Never later than retainedUntil allows: a row is only ever deleted after its period ended.
 */
export function dueBefore(rule: RetentionRule, now: Date): Date | null {
  switch (rule.kind) {
    case "bookkeeping":
    case "bookkeeping-secondary": {
      // The period depends on the financial (calendar) year only: find the last year that has run out.
      for (let year = Number(osloDate(now).slice(0, 4)); year > 1900; year--) {
        const until = retainedUntil(rule, osloMidnight(isoDate(year, 1, 1)));
        if (until && until <= now) return osloMidnight(isoDate(year + 1, 1, 1));
      }
      return null;
    }
    case "after-closed":
    case "after-created":
    case "after-superseded":
    case "while-customer-plus":
      return osloMidnight(addMonths(osloDate(now), -rule.months));
    case "until-expired":
    case "until-consent-withdrawn":
      return null;
  }
}

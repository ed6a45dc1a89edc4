// The numbers and names of cookie consent that browser code needs too. Imports nothing, so a
// client chunk that uses one of them carries nothing else.

/**
 * The version of what the banner and /informasjonskapsler tell the visitor (tools, recipients,
 * purposes, lifetimes): an ISO date. Every record stores it, and a choice made under another
 * version counts as no choice, so changing the text and this date asks every visitor again.
 * tests/unit/consent-register.test.ts fails when that text changes until someone decides about this.
 */
export const CONSENT_POLICY_VERSION = "2026-11-25";

/** A choice is asked again this long after it was made. User-facing: the banner quotes it. */
export const CONSENT_VALID_MONTHS = 12;

/** The essential cookie that holds the visitor's consent id and choice. */
export const CONSENT_COOKIE = "klarkraft-samtykke";

/** The same instant `months` calendar months later (UTC), clamped to the end of a shorter month. */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** Tracking cookies never last longer than this: the register's rule, and GA4's cookie_expires. */
export const TRACKING_COOKIE_MAX_MONTHS = 13;

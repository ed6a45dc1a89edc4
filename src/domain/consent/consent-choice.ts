// Cookie consent: the categories a visitor chooses between, how long a choice holds, and the input
// the banner and the settings post. Shared by the forms, the server action and the pages.
import { z } from "zod";

/** The categories that need consent; the necessary cookies need none and cannot be turned off. */
export const CONSENT_CATEGORIES = ["statistics", "marketing"] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export type ConsentChoice = Record<ConsentCategory, boolean>;

export const CONSENT_CATEGORY_NAMES = {
  essential: "Nødvendige",
  statistics: "Statistikk",
  marketing: "Markedsføring",
} as const satisfies Record<"essential" | ConsentCategory, string>;

/**
 * The version of what the banner and /informasjonskapsler tell the visitor (tools, recipients,
 * purposes, lifetimes): an ISO date. Every record stores it, and a choice made under another
 * version counts as no choice, so changing the text and this date asks every visitor again.
 * tests/unit/consent-policy-version.test.ts fails when the text changes and this does not.
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

export const CONSENT_FORM_TOKEN_MAX_LENGTH = 200;

/**
 * What a consent form posts. Strict: a field the forms never send (an unknown category) makes the
 * whole post invalid, and an invalid post records nothing, so it counts as no consent.
 */
export const ZConsentPost = z.strictObject({
  choice: z.enum(["accept-all", "reject-all", "custom"]),
  statistics: z.literal("on").optional(),
  marketing: z.literal("on").optional(),
  source: z.enum(["banner", "settings"]),
  /** The policy version of the text the visitor saw; a stale page must not consent to a newer one. */
  version: z.string().max(20),
  /** Signed by the server when it rendered the form: see src/server/consent/consent-form-token.ts. */
  token: z.string().max(CONSENT_FORM_TOKEN_MAX_LENGTH),
});
export type TConsentPost = z.output<typeof ZConsentPost>;

/** The categories a valid post grants: the buttons decide, except "custom", where the boxes do. */
export function choiceOf(post: Pick<TConsentPost, "choice" | ConsentCategory>): ConsentChoice {
  if (post.choice === "accept-all") return { statistics: true, marketing: true };
  if (post.choice === "reject-all") return { statistics: false, marketing: false };
  return { statistics: post.statistics === "on", marketing: post.marketing === "on" };
}

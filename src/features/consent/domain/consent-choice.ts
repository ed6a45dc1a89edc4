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
  /** Signed by the server when it rendered the form: see src/features/consent/server/consent-form-token.ts. */
  token: z.string().max(CONSENT_FORM_TOKEN_MAX_LENGTH),
});
export type TConsentPost = z.output<typeof ZConsentPost>;

/** The categories a valid post grants: the buttons decide, except "custom", where the boxes do. */
export function choiceOf(post: Pick<TConsentPost, "choice" | ConsentCategory>): ConsentChoice {
  if (post.choice === "accept-all") return { statistics: true, marketing: true };
  if (post.choice === "reject-all") return { statistics: false, marketing: false };
  return { statistics: post.statistics === "on", marketing: post.marketing === "on" };
}

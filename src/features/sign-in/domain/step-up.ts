// Step-up: downloading one's data, erasure, a new email, phone or password, and turning the second
// factor off want the person proven strongly (BankID, or a current authenticator code) within the
// last STEP_UP_MINUTES of this session. The words for it, worded once for every page and action.
import { safeReturnPath } from "./credentials";
import { durationText, STEP_UP_MINUTES } from "./security-limits";

/** The page that takes the fresh proof, `?tilbake=` the page to come back to. */
export const STEP_UP_PAGE = "/bekreft-identitet";

/** A return path for the step-up page: safe, and never the step-up page itself. */
export function stepUpReturnPath(value: unknown): string | null {
  const path = safeReturnPath(value);
  const pathname = path?.split(/[?#]/)[0];
  if (pathname === STEP_UP_PAGE || pathname?.startsWith(`${STEP_UP_PAGE}/`)) return null;
  return path;
}

/** `/bekreft-identitet?tilbake=<returnTo>`. */
export function stepUpPath(returnTo: string): string {
  return `${STEP_UP_PAGE}?${new URLSearchParams({ tilbake: returnTo })}`;
}

/** How long a proof counts, for the pages that ask for one. */
export const STEP_UP_VALIDITY = `Bekreftelsen gjelder i ${durationText(STEP_UP_MINUTES)}.`;

/** The card above the protected forms: `doing` is "sletter opplysningene dine", "bytter passord", … */
export function stepUpNotice(doing: string): string {
  return `Av sikkerhetshensyn må du bekrefte at det er deg før du ${doing}.`;
}

/** An action refused for want of a fresh proof; what the user typed stays in the form. */
export function stepUpRefusal(doing: string): string {
  return `Bekreft at det er deg med BankID eller koden fra autentiseringsappen før du ${doing}. Last siden på nytt og velg «Bekreft at det er deg» øverst på siden.`;
}

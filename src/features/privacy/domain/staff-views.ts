// How staff actions on a customer's data are named in "Hvem har sett på mine opplysninger".
// Audit actions are dotted verbs; the longest known prefix names the action. Each key is an action or
// a prefix of one (a renamed action fails to compile); a row of an older, unknown action still gets a name.
import { z } from "zod";
import type { AuditActionPrefix } from "@/features/audit";

/** The Personvern page shows this many of the newest looks; the rest are a link away. */
export const STAFF_VIEWS_SHOWN = 20;
/** Looks per page of the full list (/min-side/personvern/oppslag). */
export const STAFF_VIEWS_PAGE_SIZE = 50;

// `?side=` as a person might type it: a whole number from 1; no parameter is the first page.
const ZPageParam = z.union([
  z.undefined(),
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().min(1)),
]);

/** The page asked for, or null when `side` is not a page number (several, text, 0, negative). */
export function staffViewsPageParam(value: string | string[] | undefined): number | null {
  const parsed = ZPageParam.safeParse(value);
  if (!parsed.success) return null;
  return parsed.data ?? 1;
}

const STAFF_ACTION_NAMES: Partial<Record<AuditActionPrefix, string>> = {
  "customer.search": "Fant deg i et kundesøk",
  "customer.view": "Åpnet kundekortet ditt",
  "customer.national-id": "Så fødselsnummeret ditt",
  customer: "Så på kundeopplysningene dine",
  "inquiry.list": "Så henvendelsen din i listen over henvendelser",
  inquiry: "Behandlet en henvendelse fra deg",
  "privacy-request.list": "Så personvernforespørselen din i en liste over saker",
  "privacy-request.register-check": "Slo opp navnet eller adressen din i Folkeregisteret for å rette den",
  "privacy-request": "Behandlet en personvernforespørsel fra deg",
  privacy: "Utførte en personvernrettighet for deg",
  "auth.second-factor.reset": "Nullstilte totrinnsinnloggingen din",
  "invoice.view": "Åpnet en faktura til deg",
  "billing.held.list": "Så at fakturaen din for en måned ble holdt tilbake",
};

export function staffActionName(action: string): string {
  const parts = action.split(".");
  for (let n = parts.length; n > 0; n--) {
    const name = STAFF_ACTION_NAMES[parts.slice(0, n).join(".") as AuditActionPrefix];
    if (name) return name;
  }
  return "Annen handling i kundesystemet";
}

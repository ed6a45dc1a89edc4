// How staff actions on a customer's data are named in "Hvem har sett på mine opplysninger".
// Audit actions are dotted verbs; the longest known prefix names the action. Each key is an action or
// a prefix of one (a renamed action fails to compile); a row of an older, unknown action still gets a name.
import type { AuditActionPrefix } from "@/features/audit";

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

/** Confirmations shown after a contract change, keyed by the `?melding=` its action redirects with. */
const NOTICES = new Map([
  ["produktbytte", "Produktbyttet er registrert. Du ser det i avtalehistorikken under."],
  ["angret", "Du har angret avtalen. Se hva det betyr for deg under."],
  ["oppsagt", "Oppsigelsen er registrert. Du ser siste dag med strøm fra oss i avtalehistorikken under."],
  [
    "flytting",
    "Flyttingen er registrert. Avtalen følger deg til den nye adressen, og du ser den i avtalehistorikken under.",
  ],
]);

/** A Map, not an object literal: `?melding=__proto__` or `constructor` must find nothing, not Object.prototype. */
export function contractNotice(melding: unknown): string | undefined {
  return typeof melding === "string" ? NOTICES.get(melding) : undefined;
}

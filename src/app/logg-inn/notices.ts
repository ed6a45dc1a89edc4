/** Confirmations shown after flows that end by asking the user to log in again, keyed by `?melding=`. */
const NOTICES = new Map([
  [
    "passord-endret",
    "Passordet ditt er endret, og du er logget ut på alle enheter. Logg inn med det nye passordet.",
  ],
  ["passord-nullstilt", "Du har fått nytt passord. Logg inn med det nye passordet."],
  ["logget-ut-overalt", "Du er logget ut på alle enheter."],
  [
    "opplysninger-slettet",
    "Opplysningene dine er slettet, og brukerkontoen din er avsluttet. Fakturaene oppbevarer vi så lenge bokføringsloven krever. Du har fått en kvittering på e-post.",
  ],
]);

/** A Map, not an object literal: `?melding=__proto__` or `constructor` must find nothing, not Object.prototype. */
export function loginNotice(melding: unknown): string | undefined {
  return typeof melding === "string" ? NOTICES.get(melding) : undefined;
}

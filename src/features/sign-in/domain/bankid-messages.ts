// Why a BankID round trip did not lead where the person wanted, as codes in the address of the page
// they land on, and the words each code gets. Looked up in a Map: the code comes from a URL.

export const BANKID_REJECTIONS = [
  "no-intent",
  "acr-too-low",
  "no-national-id",
  "unknown-person",
  "no-session",
  "other-person",
  "cancelled",
  "token-rejected",
  "unavailable",
] as const;
export type BankIdRejection = (typeof BANKID_REJECTIONS)[number];

const MESSAGES = new Map<string, string>([
  ["no-intent", "Innloggingen med BankID tok for lang tid eller ble startet et annet sted. Prøv igjen."],
  [
    "acr-too-low",
    "BankID ga ikke høyt nok sikkerhetsnivå. Bruk BankID med kodebrikke eller BankID-appen med PIN, og prøv igjen.",
  ],
  [
    "no-national-id",
    "BankID sendte ikke fødselsnummeret ditt, så vi kunne ikke bekrefte hvem du er. Prøv igjen.",
  ],
  ["unknown-person", "Vi fant ingen kundekonto for deg. Er du ikke kunde ennå, kan du bli kunde med BankID."],
  ["no-session", "Du er ikke lenger logget inn. Logg inn på nytt."],
  ["other-person", "BankID-en tilhører en annen person enn den som er logget inn. Ingenting er endret."],
  ["cancelled", "Du avbrøt BankID. Ingenting er endret."],
  ["token-rejected", "Svaret fra BankID kunne ikke godkjennes, så du er ikke logget inn. Prøv igjen."],
  ["unavailable", "BankID svarer ikke akkurat nå. Prøv igjen om litt."],
]);

/** The words for a BankID code from a URL, or null for anything else. */
export function bankIdMessage(code: unknown): string | null {
  return typeof code === "string" ? (MESSAGES.get(code) ?? null) : null;
}

export function isBankIdRejection(code: string): code is BankIdRejection {
  return MESSAGES.has(code);
}

/** What a BankID round trip is for: signing in, starting "Bli kunde", or confirming the signed-in person. */
export type BankIdPurpose = "sign-in" | "onboarding" | "step-up";

// A code mailed to an address to prove that the person receives mail there, before the address
// becomes a login: a changed login email (Profil/Personvern) or an applicant's email (Bli kunde).
// The numbers here are enforced by ../server and quoted by the mail and the forms.
import { z } from "zod";
import { durationText } from "@/features/sign-in";

/** What the code is for; the subject is a user (email-change) or an onboarding application. */
export const EMAIL_CODE_PURPOSES = ["onboarding", "email-change"] as const;
export type EmailCodePurpose = (typeof EMAIL_CODE_PURPOSES)[number];

export const EMAIL_CODE_DIGITS = 6;
/** A code works this long after it is mailed, and once. */
export const EMAIL_CODE_VALID_MINUTES = 15;
/** Codes tried against one code, right or wrong, before it is dead and a new one must be asked for. */
export const EMAIL_CODE_MAX_ATTEMPTS = 5;
/** Codes mailed per subject and, separately, per address in the window: bounds mail to anyone. */
export const EMAIL_CODE_ISSUE_LIMIT = { limit: 5, windowMinutes: 60 } as const;

/** Room for "123 456" typed with a few stray spaces; anything longer is not a code. */
export const EMAIL_CODE_INPUT_MAX_LENGTH = 16;

const CODE_MISSING = "Skriv inn koden fra e-posten.";
const CODE_INVALID = `Koden har ${EMAIL_CODE_DIGITS} siffer. Skriv bare sifrene, for eksempel 123 456.`;
const CODE_PATTERN = new RegExp(`^\\d{${EMAIL_CODE_DIGITS}}$`);

/** "123 456", " 123456 " and "123456" are the same code: spaces go, six digits remain. */
export const ZEmailCode = z
  .string({ error: CODE_MISSING })
  .max(EMAIL_CODE_INPUT_MAX_LENGTH, CODE_INVALID)
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().min(1, CODE_MISSING).regex(CODE_PATTERN, CODE_INVALID));

/** "123 456": how a code is written in the mail, easy to read and to type. */
export function formatEmailCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

export type EmailCodeFailure = "wrong-code" | "expired" | "too-many-attempts" | "no-code";

const ASK_AGAIN = "Be om en ny kode.";

/**
 * The failures a person can cause with a code, worded once for every form that takes one (the
 * shape formAction's `failures` takes: shown on the code field, with a summary for the form).
 */
export const EMAIL_CODE_FAILURE_MESSAGES = {
  "wrong-code": {
    field: "code",
    message: "Koden stemmer ikke. Sjekk at du har skrevet den fra den nyeste e-posten fra oss.",
    formError: "Koden stemmer ikke.",
  },
  expired: {
    field: "code",
    message: `Koden er for gammel: den gjelder i ${durationText(EMAIL_CODE_VALID_MINUTES)}. ${ASK_AGAIN}`,
    formError: "Koden er for gammel.",
  },
  "too-many-attempts": {
    field: "code",
    message: `Koden er sperret etter ${EMAIL_CODE_MAX_ATTEMPTS} forsøk. ${ASK_AGAIN}`,
    formError: "For mange forsøk med feil kode.",
  },
  "no-code": {
    field: "code",
    message: `Vi har ingen gyldig kode til denne adressen. Den kan allerede være brukt. ${ASK_AGAIN}`,
    formError: "Koden gjelder ikke lenger.",
  },
} as const satisfies Record<EmailCodeFailure, { field: string; message: string; formError: string }>;

/** Issuing refused: too many codes asked for lately. */
export const EMAIL_CODE_THROTTLED = `Du har bedt om mange koder på kort tid. Vent ${durationText(EMAIL_CODE_ISSUE_LIMIT.windowMinutes)} og prøv igjen.`;
/** The mail with the code could not be sent: nothing the person can fix but trying again. */
export const EMAIL_CODE_NOT_SENT = "Vi fikk ikke sendt koden akkurat nå. Prøv igjen om litt.";

// "Bli kunde" without BankID: an activation code by letter to the person's address in Folkeregisteret.
// The numbers people are told, the code's alphabet, the two forms' schemas and who gets a letter.
// Pure: the services enforcing these and the pages quoting them import them from here.
import { z } from "zod";
import { ZNationalId } from "@/platform/identifiers/national-id";
import { ageFromBirthDate, ageFromNationalId } from "./age";
import { LOOKUPS, ZOnboardingConsents } from "./application-form";

/** A code can be typed for this many days after the letter is made. */
export const LETTER_CODE_VALID_DAYS = 30;
/** At most one letter to one person in this many days; a repeat request sends nothing new. */
export const LETTER_REPEAT_DAYS = 3;
/** Working days the post usually needs, as the page and the answer say. */
export const LETTER_DELIVERY_WORKING_DAYS = 5;
/** Wrong codes one letter survives; the next wrong one leaves it dead. */
export const LETTER_CODE_MAX_ATTEMPTS = 5;
/** Letters one address (IPv6: one /64) may ask for an hour. */
export const LETTER_REQUESTS_PER_ADDRESS_PER_HOUR = 5;
/** Codes one address may type an hour, over every number it tries. */
export const LETTER_CODES_PER_ADDRESS_PER_HOUR = 20;

/** Crockford's base32 in capitals: no I, L, O or U, so a code read from paper is hard to mistype. */
export const ACTIVATION_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 8 characters of 5 bits: 40 random bits, of which a letter lets anyone try five guesses. */
export const ACTIVATION_CODE_LENGTH = 8;
const CODE_PATTERN = new RegExp(`^[${ACTIVATION_CODE_ALPHABET}]{${ACTIVATION_CODE_LENGTH}}$`);

/** "k7qm-3xpd", "K7QM 3XPD" and "K7QM3XPD" are one code; O, I and L read as 0, 1 and 1. */
export function normaliseActivationCode(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** "K7QM3XPD" → "K7QM-3XPD": in two groups of four, as the letter prints it. */
export function formatActivationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The same answer to every request, whoever the number belongs to (the page says it up front too). */
export const LETTER_REQUEST_ANSWER = `Hvis fødselsnummeret er registrert i Folkeregisteret med en adresse i Norge, sender vi et brev med en aktiveringskode dit. Brevet kommer vanligvis innen ${LETTER_DELIVERY_WORKING_DAYS} virkedager, og koden gjelder i ${LETTER_CODE_VALID_DAYS} dager. Vi sender høyst ett brev på ${LETTER_REPEAT_DAYS} dager til samme person.`;

/** The look-up the letter needs, worded as the onboarding look-ups are (LOOKUPS). */
export const LETTER_LOOKUP = {
  label: "Jeg godtar at Klarkraft slår opp adressen min i Folkeregisteret og sender meg et brev med en kode",
  purpose:
    "Uten BankID bekrefter vi hvem du er med en kode i posten: bare den som får post på adressen som er registrert på deg, kan bruke den. Vi viser ingenting fra Folkeregisteret før koden er skrevet inn.",
  required: "Uten oppslaget kan vi ikke sende deg brevet. Ring oss om du vil bli kunde på annen måte.",
} as const;

const consent = (lookup: { required: string }) => z.literal("on", { error: lookup.required });

/** The letter's own look-up, then every consent the onboarding start asks for (ZOnboardingConsents). */
export const ZLetterRequest = ZOnboardingConsents.extend({
  nationalId: ZNationalId,
  consentLetter: consent(LETTER_LOOKUP),
});

type Lookup = { label: string; purpose: string; required: string };

/**
 * The form's checkboxes, each with its words: the letter's look-up, then the onboarding start's. The
 * application the code begins counts them as given when the letter was asked for.
 */
export const LETTER_CONSENT_FIELDS = [
  ["consentLetter", LETTER_LOOKUP],
  ["consentFolkeregister", LOOKUPS.folkeregister],
  ["consentElhub", LOOKUPS.elhub],
  ["consentExperian", LOOKUPS.experian],
  ["acceptTerms", LOOKUPS.terms],
] as const satisfies readonly (readonly [
  Exclude<keyof z.input<typeof ZLetterRequest>, "nationalId">,
  Lookup,
])[];

/** Long enough for a code typed with spaces and dashes; anything longer is not a code. */
export const ACTIVATION_CODE_INPUT_MAX_LENGTH = 24;
const CODE_INVALID = `Skriv koden fra brevet: ${ACTIVATION_CODE_LENGTH} tegn, for eksempel K7QM-3XPD.`;

export const ZActivationCode = z
  .string({ error: CODE_INVALID })
  .max(ACTIVATION_CODE_INPUT_MAX_LENGTH, CODE_INVALID)
  .transform(normaliseActivationCode)
  .refine((code) => CODE_PATTERN.test(code), CODE_INVALID);

export const ZLetterRedeem = z.object({ nationalId: ZNationalId, code: ZActivationCode });

/** What the letter's look-up reads from Folkeregisteret's answer. */
export interface LetterCandidate {
  status: string;
  deceased: boolean;
  birthDate: string | null;
  address: { street: string; postalCode: string; city: string } | null;
}

export type LetterRefusal = "deceased" | "not-resident" | "minor" | "no-address";

/** Only a living, resident adult with a postal address gets a letter; null when this person does. */
export function letterRefusal(
  person: LetterCandidate,
  nationalId: string,
  today: string,
): LetterRefusal | null {
  if (person.deceased) return "deceased";
  if (person.status !== "bosatt") return "not-resident";
  const age = ageFromNationalId(nationalId, today);
  const decided =
    age.kind === "unknown" && person.birthDate ? ageFromBirthDate(person.birthDate, today) : age;
  if (decided.kind !== "adult") return "minor";
  return person.address ? null : "no-address";
}

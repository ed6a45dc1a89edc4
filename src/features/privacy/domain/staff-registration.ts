// Requests that reach customer service by email, phone or letter (P28: rights are exercised by
// contacting customer service), registered by staff: from a customer, whose identity staff must have
// verified, or from someone who is not one. The legal deadline counts from the day it was received.
import { z } from "zod";
import { EMAIL_MAX_LENGTH, ZEmail } from "@/features/sign-in";
import { DETAILS_MAX_LENGTH, REASON_MAX_LENGTH } from "./requests";
import type { PrivacyRequestType } from "./rights";

export const IDENTITY_VERIFICATIONS = [
  "REGISTERED_EMAIL_CONFIRMED",
  "ID_DOCUMENT_IN_PERSON",
  "LETTER_TO_REGISTERED_ADDRESS",
] as const;
export type IdentityVerification = (typeof IDENTITY_VERIFICATIONS)[number];

const REQUEST_TYPES = [
  "ACCESS",
  "RECTIFICATION",
  "ERASURE",
  "RESTRICTION",
  "PORTABILITY",
  "OBJECTION",
  "AUTOMATED_DECISION_REVIEW",
] as const satisfies readonly PrivacyRequestType[];

export const CUSTOMER_NUMBER_MAX_LENGTH = 10;

const ZCalendarDate = z
  .string({ error: "Skriv datoen forespørselen kom inn." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Skriv datoen som ÅÅÅÅ-MM-DD.")
  .refine((value) => {
    const [year = 0, month = 0, day = 0] = value.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, "Datoen finnes ikke.");

const common = {
  type: z.enum(REQUEST_TYPES, { error: "Velg hva forespørselen gjelder." }),
  receivedOn: ZCalendarDate,
  email: ZEmail,
  details: z
    .string()
    .trim()
    .min(1, "Skriv hva personen ba om.")
    .max(DETAILS_MAX_LENGTH, `Beskrivelsen kan ha høyst ${DETAILS_MAX_LENGTH} tegn.`),
};

export const ZRegisterPrivacyRequest = z.discriminatedUnion(
  "requester",
  [
    z.object({
      ...common,
      requester: z.literal("customer"),
      customerNumber: z
        .string({ error: "Skriv kundenummeret." })
        .trim()
        .regex(/^\d{1,9}$/, "Kundenummeret er bare siffer. Finn kunden med søket først."),
      identityVerification: z.enum(IDENTITY_VERIFICATIONS, {
        error: "Velg hvordan du har bekreftet at det er kunden som spør.",
      }),
    }),
    z.object({ ...common, requester: z.literal("none") }),
    // Not chosen at all: said of the radio group, not zod's list of the discriminator's values.
  ],
  { error: "Velg hvem som spør: en kunde eller noen som ikke er kunde." },
);
export type TRegisterPrivacyRequest = z.infer<typeof ZRegisterPrivacyRequest>;

export const REGISTER_EMAIL_MAX_LENGTH = EMAIL_MAX_LENGTH;

/** Staff carry out the erasure a customer asked for (the preview on the case says what goes). */
export const ZCarryOutErasure = z.object({ requestId: z.uuid({ error: "Ukjent sak." }) });

/** A requester who is not a customer: what staff found and deleted beyond the rows the service finds. */
export const ZErasureFinding = z.object({
  requestId: z.uuid({ error: "Ukjent sak." }),
  note: z
    .string()
    .trim()
    .max(REASON_MAX_LENGTH, `Merknaden kan ha høyst ${REASON_MAX_LENGTH} tegn.`)
    .default(""),
});
export type TErasureFinding = z.infer<typeof ZErasureFinding>;

/** What a non-customer is told was found: the rows the service deleted, in words, and the staff note. */
export function erasureFindingText(
  deleted: { inquiries: number; applications: number },
  note: string,
): string {
  const parts = [
    deleted.inquiries > 0
      ? `${deleted.inquiries} henvendelse${deleted.inquiries === 1 ? "" : "r"} til kundeservice`
      : "",
    deleted.applications > 0
      ? `${deleted.applications} søknad${deleted.applications === 1 ? "" : "er"} om å bli kunde`
      : "",
  ].filter(Boolean);
  const finding =
    parts.length === 0
      ? "Vi fant ingen opplysninger om deg hos oss utover denne forespørselen."
      : `Vi har slettet ${parts.join(" og ")}.`;
  const kept =
    "Selve forespørselen og svaret vårt oppbevarer vi for å kunne dokumentere at vi har svart (personvernforordningen artikkel 5 nr. 2).";
  return [finding, note, kept].filter(Boolean).join("\n\n");
}

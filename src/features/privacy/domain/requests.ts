// Privacy requests as customers and staff see them: statuses, events, what a customer may ask for
// in a form, and what staff may do with a request.
import { z } from "zod";
import type { PrivacyRequestStatus } from "@/platform/format/labels";
import type { DataFieldId } from "./register";
import { PRIVACY_RIGHTS, type PrivacyRequestType, type PrivacyRight } from "./rights";

export type { PrivacyRequestStatus };

export const OPEN_STATUSES = [
  "RECEIVED",
  "IN_PROGRESS",
  "EXTENDED",
] as const satisfies readonly PrivacyRequestStatus[];

/** What happened to a request; each is one line of the timeline the requester sees. */
export type PrivacyRequestEventKind =
  | "received"
  | "in-progress"
  | "extended"
  | "completed"
  | "rejected"
  | "withdrawn"
  | "restriction-lifted"
  | "recipients-told";

export const EVENT_NAMES: Record<PrivacyRequestEventKind, string> = {
  received: "Vi mottok forespørselen",
  "in-progress": "Vi har begynt å behandle forespørselen",
  extended: "Vi har forlenget fristen",
  completed: "Forespørselen er fullført",
  rejected: "Forespørselen er avvist",
  withdrawn: "Forespørselen er avsluttet fordi opplysningene er slettet",
  "restriction-lifted": "Begrensningen er opphevet",
  "recipients-told": "Vi har gitt beskjed om rettingen til dem som har fått opplysningen",
};

export function rightFor(type: PrivacyRequestType): PrivacyRight {
  const right = PRIVACY_RIGHTS.find((r) => r.requestType === type);
  if (!right) throw new Error(`no right for request type ${type}`);
  return right;
}

/** Fields that come from a register (Folkeregisteret, Elhub): corrected by a request staff resolve. */
export const RECTIFIABLE_BY_REQUEST = [
  "name",
  "address",
  "national-id",
  "metering-point",
] as const satisfies readonly DataFieldId[];
export type RectifiableField = (typeof RECTIFIABLE_BY_REQUEST)[number];

export const RECTIFIABLE_FIELD_NAMES: Record<RectifiableField, string> = {
  name: "Navn",
  address: "Folkeregistrert adresse",
  "national-id": "Fødselsnummer",
  "metering-point": "Målepunkt eller anleggsadresse",
};

/**
 * The rectifiable field a stored request names, or null. Found by value, never with `in` or an
 * index, which would also find "constructor" and "toString" on the object literal's prototype.
 */
export function rectifiableField(value: string | null | undefined): RectifiableField | null {
  return RECTIFIABLE_BY_REQUEST.find((field) => field === value) ?? null;
}

export const DETAILS_MAX_LENGTH = 2000;
export const REASON_MAX_LENGTH = 1000;

const ZDetails = z
  .string()
  .trim()
  .min(1, "Beskriv hva som er feil og hva som er riktig.")
  .max(DETAILS_MAX_LENGTH, `Beskrivelsen kan ha høyst ${DETAILS_MAX_LENGTH} tegn.`);

/** Retting of a register-sourced field. */
export const ZRectificationRequest = z.object({
  field: z.enum(RECTIFIABLE_BY_REQUEST, { error: "Velg hva som skal rettes." }),
  details: ZDetails,
});
export type TRectificationRequest = z.infer<typeof ZRectificationRequest>;

/** Art. 22: a person reviews the automated credit decision. */
export const ZDecisionReviewRequest = z.object({
  details: z
    .string()
    .trim()
    .max(DETAILS_MAX_LENGTH, `Beskrivelsen kan ha høyst ${DETAILS_MAX_LENGTH} tegn.`)
    .default(""),
});

export const ZReason = z
  .string({ error: "Skriv en begrunnelse." })
  .trim()
  .min(1, "Skriv en begrunnelse. Den sendes til den som ba om dette.")
  .max(REASON_MAX_LENGTH, `Begrunnelsen kan ha høyst ${REASON_MAX_LENGTH} tegn.`);

/** What staff may do with an open request; a reason goes to the requester with the change. */
export const ZStaffTransition = z.discriminatedUnion("kind", [
  z.object({ requestId: z.uuid({ error: "Ukjent sak." }), kind: z.literal("start") }),
  z.object({ requestId: z.uuid({ error: "Ukjent sak." }), kind: z.literal("extend"), reason: ZReason }),
  z.object({ requestId: z.uuid({ error: "Ukjent sak." }), kind: z.literal("complete"), reason: ZReason }),
  z.object({ requestId: z.uuid({ error: "Ukjent sak." }), kind: z.literal("reject"), reason: ZReason }),
]);
export type TStaffTransition = z.infer<typeof ZStaffTransition>;

/** Filters of the staff queue, from the query string; anything else is ignored. */
export const ZCaseFilter = z.object({
  type: z
    .enum([
      "ACCESS",
      "RECTIFICATION",
      "ERASURE",
      "RESTRICTION",
      "PORTABILITY",
      "OBJECTION",
      "AUTOMATED_DECISION_REVIEW",
    ])
    .optional()
    .catch(undefined),
  status: z
    .enum(["RECEIVED", "IN_PROGRESS", "EXTENDED", "COMPLETED", "REJECTED", "WITHDRAWN", "OPEN"])
    .optional()
    .catch(undefined),
});
export type TCaseFilter = z.infer<typeof ZCaseFilter>;

/** Staff lift a customer's restriction (Art. 18(3)): the customer is told why. */
export const ZLiftRestriction = z.object({ requestId: z.uuid({ error: "Ukjent sak." }), reason: ZReason });
export type TLiftRestriction = z.infer<typeof ZLiftRestriction>;

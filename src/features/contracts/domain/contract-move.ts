// Reporting a move on the contract page: the form's schema, the date window and what counts as "the
// same address". The contract follows the customer to the metering point Elhub finds at the new address.
import { z } from "zod";
import { addDays, isCalendarDate } from "@/platform/time/oslo-calendar";

/**
 * How far back a move can be reported. A move-in can be registered in Elhub at most 30 working days
 * back; 30 calendar days keeps us inside that on every calendar.
 */
export const MOVE_MAX_DAYS_BACK = 30;
/** How far ahead a move can be reported. */
export const MOVE_MAX_DAYS_AHEAD = 90;

/** Elhub look-ups for a move per customer and hour: enough to correct typos, too few to survey addresses. */
export const MOVE_SEARCHES_PER_HOUR = 20;

export const MOVE_STREET_MAX_LENGTH = 100;
export const MOVE_HOUSE_NUMBER_MAX_LENGTH = 10;
export const MOVE_METER_NUMBER_MAX_LENGTH = 30;

const ZMoveDate = z
  .string({ error: "Skriv flyttedatoen som ÅÅÅÅ-MM-DD." })
  .trim()
  .max(10, "Skriv flyttedatoen som ÅÅÅÅ-MM-DD.")
  .refine(isCalendarDate, "Skriv flyttedatoen som ÅÅÅÅ-MM-DD.");

/** What the customer types: the move date and the new address (a meter number narrows it down). */
export const ZMoveSearch = z.object({
  contractId: z.uuid({ error: "Avtalen finnes ikke." }),
  moveDate: ZMoveDate,
  streetName: z
    .string({ error: "Skriv gatenavnet." })
    .trim()
    .min(1, "Skriv gatenavnet.")
    .max(MOVE_STREET_MAX_LENGTH, `Gatenavnet kan ha høyst ${MOVE_STREET_MAX_LENGTH} tegn.`),
  houseNumber: z
    .string({ error: "Skriv husnummeret." })
    .trim()
    .min(1, "Skriv husnummeret, for eksempel 12 eller 12B.")
    .max(MOVE_HOUSE_NUMBER_MAX_LENGTH, "Skriv husnummeret, for eksempel 12 eller 12B.")
    .regex(/^\d{1,5}\s?[A-Za-zÆØÅæøå]?$/, "Skriv husnummeret, for eksempel 12 eller 12B.")
    .transform((v) => v.replace(/\s/g, "").toUpperCase()),
  postalCode: z
    .string({ error: "Skriv postnummeret: fire siffer." })
    .trim()
    .max(10, "Postnummeret er fire siffer.")
    .regex(/^\d{4}$/, "Postnummeret er fire siffer, for eksempel 8006."),
  meterNumber: z
    .string()
    .trim()
    .max(MOVE_METER_NUMBER_MAX_LENGTH, `Målernummeret kan ha høyst ${MOVE_METER_NUMBER_MAX_LENGTH} tegn.`)
    .regex(/^[0-9A-Za-z-]*$/, "Målernummeret har bare siffer og bokstaver.")
    .optional()
    .transform((v) => v || undefined),
});
export type TMoveSearch = z.output<typeof ZMoveSearch>;

/** The confirm step: the same search again (the server asks Elhub anew), the chosen point and a tick. */
export const ZMoveConfirm = ZMoveSearch.extend({
  gsrn: z.string({ error: "Velg målepunktet." }).regex(/^\d{18}$/, "Velg målepunktet."),
  confirm: z.literal("ja", { error: "Kryss av for at du bekrefter flyttingen." }),
});
export type TMoveConfirm = z.output<typeof ZMoveConfirm>;

/** Whether a move date is inside the window: from MOVE_MAX_DAYS_BACK days ago to MOVE_MAX_DAYS_AHEAD ahead. */
export function moveDateInWindow(moveDate: string, today: string): boolean {
  return moveDate >= addDays(today, -MOVE_MAX_DAYS_BACK) && moveDate <= addDays(today, MOVE_MAX_DAYS_AHEAD);
}

const fold = (value: string) =>
  value
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s.,-]+/g, "");

/**
 * Whether the typed address is where the customer already is: the same postcode, street and house
 * number, ignoring case, spaces and punctuation ("Kirkeveien 64 B" is "kirkeveien 64b").
 */
export function isSameAddress(
  typed: { streetName: string; houseNumber: string; postalCode: string },
  current: { street: string; postalCode: string },
): boolean {
  return (
    typed.postalCode === current.postalCode &&
    fold(`${typed.streetName}${typed.houseNumber}`) === fold(current.street)
  );
}

import { z } from "zod";
// The messages this file hands to forms are Norwegian however the action was reached.
import "./format/validation-messages";

/** What a form shows after a failed submit: per-field messages, one summary, and what to refill. */
export type FormFailure = {
  ok: false;
  fieldErrors: Record<string, string[] | undefined>;
  formError: string;
  /** What the user typed, echoed back so nothing is lost (never passwords). */
  values?: Record<string, string>;
};

/** What every server action returns to its form; `T` is extra data a successful result carries. */
export type FormState<T extends object = object> = ({ ok: true; message?: string } & T) | FormFailure | null;

/** Announced with every set of field errors, so a screen-reader user hears that the form needs fixing. */
export const CHECK_FIELDS = "Sjekk feltene som er markert.";

/** Field errors from a failed zod parse. */
export function invalid(error: z.ZodError, values?: Record<string, string>): FormFailure {
  const { fieldErrors, formErrors } = z.flattenError(error);
  return { ok: false, fieldErrors, formError: formErrors[0] ?? CHECK_FIELDS, values };
}

export function failed(
  formError: string,
  values?: Record<string, string>,
  fieldErrors: Record<string, string[] | undefined> = {},
): FormFailure {
  return { ok: false, fieldErrors, formError, values };
}

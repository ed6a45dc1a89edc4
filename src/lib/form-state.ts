import { z } from "zod";

/** What every server action returns to its form: rendered by useActionState in an aria-live region. */
export type FormState =
  | { ok: true; message?: string }
  | {
      ok: false;
      fieldErrors: Record<string, string[] | undefined>;
      formError?: string;
      values?: Record<string, string>;
    }
  | null;

/** Announced with every set of field errors, so a screen-reader user hears that the form needs fixing. */
const CHECK_FIELDS = "Sjekk feltene som er markert.";

/** Field errors from a failed zod parse; `values` echoes what the user typed (never passwords). */
export function invalid(error: z.ZodError, values?: Record<string, string>): FormState {
  const { fieldErrors, formErrors } = z.flattenError(error);
  return { ok: false, fieldErrors, formError: formErrors[0] ?? CHECK_FIELDS, values };
}

export function failed(formError: string, values?: Record<string, string>): FormState {
  return { ok: false, fieldErrors: {}, formError, values };
}

/** FormData as plain strings, ignoring files and Next's internal $ACTION fields. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { CHECK_FIELDS, type FormFailure, type FormState, failed, invalid } from "@/platform/form-state";
import { logError } from "@/platform/log";

/** Shown when something unexpected broke: the user's input is echoed back, so nothing typed is lost. */
export const FORM_UNAVAILABLE = "Noe gikk galt hos oss, og ingenting ble lagret. Prøv igjen om litt.";
const NOT_A_FORM = "Skjemaet kom ikke fram som forventet. Last siden på nytt og prøv igjen.";
/**
 * PostgreSQL stores no NUL character in text: a field holding one is refused before anything is stored,
 * and the fields given back leave it out, so sending them again goes through.
 */
export const NUL_IN_TEXT =
  "Teksten inneholder et tegn vi ikke kan lagre (et usynlig nulltegn, som kan følge med når du limer inn). Se over teksten og send på nytt.";

/** How an expected failure is shown: as the form's message, on one field, or by another page. */
export type FailureMessage =
  | string
  | { field: string; message: string; formError: string }
  | { redirectTo: string };

type ServiceResult = { ok: true } | { ok: false; reason: string };
type Success<R> = Extract<R, { ok: true }>;
type FailureReason<R> = Extract<R, { ok: false }> extends { reason: infer K extends string } ? K : never;

export interface FormActionConfig<
  Session,
  Schema extends z.ZodType,
  Result extends ServiceResult,
  T extends object,
> {
  /** Names the action in the log. */
  event: string;
  /** Who may submit (requireCustomer, requireStaff, or publicAccess); runs before anything is read. */
  guard: () => Promise<Session>;
  schema: Schema;
  /** Fields a failed submit gives back to the form, each capped at its length. Never passwords. */
  echo?: Record<string, number>;
  /** For input no user can type wrong (a hidden token): may redirect instead of showing field errors. */
  onInvalid?: (error: z.ZodError) => void;
  /** The use case. Expected failures come back typed as `{ ok: false, reason }`, never thrown. */
  run: (input: z.output<Schema>, session: Session) => Promise<Result>;
  /** One message for every reason the service can fail with. */
  failures: Record<FailureReason<Result>, FailureMessage>;
  /** What the form shows on success; may redirect instead. */
  done: (result: Success<Result>, input: z.output<Schema>) => FormState<T> | Promise<FormState<T>>;
}

/** For pages anyone may use (log in, forgotten password). */
export async function publicAccess(): Promise<null> {
  return null;
}

/**
 * Builds a server action for a form: guard → NUL check → zod → service → typed failure → message.
 * Anything unexpected is logged by name and code only and answered with a generic Norwegian message.
 */
export function formAction<Session, Schema extends z.ZodType, Result extends ServiceResult, T extends object>(
  config: FormActionConfig<Session, Schema, Result, T>,
): (previous: FormState<T>, form: FormData) => Promise<FormState<T>> {
  return async (_previous, form) => {
    // A hand-made request can post JSON to an action; only a real form is accepted.
    if (!(form instanceof FormData)) return failed(NOT_A_FORM);
    const values = formValues(form);
    const echo = echoed(values, config.echo);
    try {
      const session = await config.guard();
      const withNul = Object.keys(values).filter((field) => values[field]?.includes("\u0000"));
      if (withNul.length > 0) {
        const fieldErrors = Object.fromEntries(withNul.map((field) => [field, [NUL_IN_TEXT]]));
        return failed(CHECK_FIELDS, withoutNul(echo), fieldErrors);
      }
      const parsed = config.schema.safeParse(values);
      if (!parsed.success) {
        config.onInvalid?.(parsed.error);
        return invalid(parsed.error, echo);
      }
      const result = await config.run(parsed.data, session);
      if (!result.ok) {
        return failureState(config.failures[result.reason as FailureReason<Result>], echo);
      }
      return await config.done(result as Success<Result>, parsed.data);
    } catch (error) {
      // redirect() and notFound() are thrown too, and must reach Next.js.
      unstable_rethrow(error);
      logError(`action.${config.event}`, error);
      return failed(FORM_UNAVAILABLE, echo);
    }
  };
}

function failureState(message: FailureMessage, echo: Record<string, string>): FormFailure {
  if (typeof message === "string") return failed(message, echo);
  if ("redirectTo" in message) redirect(message.redirectTo);
  return failed(message.formError, echo, { [message.field]: [message.message] });
}

/** FormData as plain strings, ignoring files and Next's internal $ACTION fields. */
function formValues(form: FormData): Record<string, string> {
  // fromEntries defines own properties, so a field named "__proto__" stays a plain field.
  return Object.fromEntries(
    [...form.entries()].filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$ACTION"),
    ),
  );
}

/** What the user typed but the NUL characters, so sending it again goes through. */
function withoutNul(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([field, value]) => [field, value.replaceAll("\u0000", "")]),
  );
}

function echoed(values: Record<string, string>, caps: Record<string, number> = {}): Record<string, string> {
  const echo: Record<string, string> = {};
  for (const [field, maxLength] of Object.entries(caps)) {
    // A 10,000-character paste need not travel back to the browser.
    echo[field] = (values[field] ?? "").slice(0, maxLength);
  }
  return echo;
}

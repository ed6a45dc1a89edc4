import type { FormState } from "@/platform/form-state";

/** The form's overall result, announced by screen readers when it changes. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state?.ok === false && state.formError && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {state.formError}
        </p>
      )}
      {state?.ok && state.message && (
        <p className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{state.message}</p>
      )}
    </div>
  );
}

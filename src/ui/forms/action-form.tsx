"use client";

import { type ReactNode, useActionState } from "react";
import type { FormFailure, FormState } from "@/platform/form-state";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

/**
 * Every form posts to a server action built by formAction() the same way: the result is announced
 * in one live region above the fields, and the fields get their errors and echoed values from the
 * failure. `after` renders what a successful result carries (search hits) below the form;
 * `replaceOnSuccess` takes the form's place after a successful submit, for what is shown once and
 * ends the form's job (recovery codes).
 */
export function ActionForm<T extends object>({
  id,
  action,
  submitLabel,
  pendingLabel,
  children,
  after,
  replaceOnSuccess,
}: {
  /** Lets a button outside the form (a pager under the results) submit it with `form={id}`. */
  id?: string;
  action: (state: FormState<T>, form: FormData) => Promise<FormState<T>>;
  submitLabel: string;
  pendingLabel: string;
  children: (failure: FormFailure | undefined, state: FormState<T>) => ReactNode;
  after?: (state: FormState<T>) => ReactNode;
  replaceOnSuccess?: (state: Extract<FormState<T>, { ok: true }>) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const failure = state?.ok === false ? state : undefined;
  if (state?.ok && replaceOnSuccess) return replaceOnSuccess(state);
  return (
    <>
      <form id={id} action={formAction} noValidate className="flex flex-col gap-5">
        <FormStatus state={state} />
        {children(failure, state)}
        <div>
          <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
        </div>
      </form>
      {after?.(state)}
    </>
  );
}

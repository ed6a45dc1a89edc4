"use client";

import { type ReactNode, useActionState } from "react";
import type { FormFailure, FormState } from "@/lib/form-state";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";

/**
 * Every form posts to a server action built by formAction() the same way: the result is announced
 * in one live region above the fields, and the fields get their errors and echoed values from the
 * failure. `after` renders what a successful result carries (search hits) below the form.
 */
export function ActionForm<T extends object>({
  action,
  submitLabel,
  pendingLabel,
  children,
  after,
}: {
  action: (state: FormState<T>, form: FormData) => Promise<FormState<T>>;
  submitLabel: string;
  pendingLabel: string;
  children: (failure: FormFailure | undefined, state: FormState<T>) => ReactNode;
  after?: (state: FormState<T>) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const failure = state?.ok === false ? state : undefined;
  return (
    <>
      <form action={formAction} noValidate className="flex flex-col gap-5">
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

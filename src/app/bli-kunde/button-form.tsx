"use client";

import type { FormState } from "@/platform/form-state";
import { ActionForm } from "@/ui/forms/action-form";

/** A step that is one button: retry, run the check, ask for a review, start over. */
export function ButtonForm<T extends object>({
  action,
  label,
  pending,
}: {
  action: (state: FormState<T>, form: FormData) => Promise<FormState<T>>;
  label: string;
  pending: string;
}) {
  return (
    <ActionForm action={action} submitLabel={label} pendingLabel={pending}>
      {() => null}
    </ActionForm>
  );
}

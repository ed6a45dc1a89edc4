"use client";

import type { FormState } from "@/platform/form-state";
import { ActionForm } from "@/ui/forms/action-form";

export function ResumeForm<T extends object>({
  action,
  token,
}: {
  action: (state: FormState<T>, form: FormData) => Promise<FormState<T>>;
  token: string;
}) {
  return (
    <ActionForm action={action} submitLabel="Fullfør søknaden" pendingLabel="Åpner søknaden …">
      {() => <input type="hidden" name="token" value={token} />}
    </ActionForm>
  );
}

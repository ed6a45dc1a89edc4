"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/form-state";

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

"use client";

import { requestReset } from "@/app/glemt-passord/actions";
import { LoginEmailField } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";

export function ResetRequestForm() {
  return (
    <ActionForm action={requestReset} submitLabel="Send lenke" pendingLabel="Sender …">
      {(failure) => (
        <LoginEmailField
          hint="E-postadressen du logger inn med."
          defaultValue={failure?.values?.email}
          errors={failure?.fieldErrors.email}
        />
      )}
    </ActionForm>
  );
}

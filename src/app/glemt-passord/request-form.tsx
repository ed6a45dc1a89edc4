"use client";

import { ActionForm } from "@/components/forms/action-form";
import { LoginEmailField } from "@/components/forms/login-email-field";
import { requestReset } from "./actions";

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

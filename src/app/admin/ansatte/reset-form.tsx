"use client";

import { ActionForm } from "@/components/forms/action-form";
import { LoginEmailField } from "@/components/forms/login-email-field";
import { resetSecondFactorAction } from "./actions";

export function ResetSecondFactorForm() {
  return (
    <ActionForm action={resetSecondFactorAction} submitLabel="Nullstill" pendingLabel="Nullstiller …">
      {(failure) => (
        <div className="max-w-md">
          <LoginEmailField
            hint="E-postadressen personen logger inn med."
            defaultValue={failure?.values?.email}
            errors={failure?.fieldErrors.email}
          />
        </div>
      )}
    </ActionForm>
  );
}

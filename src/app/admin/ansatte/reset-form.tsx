"use client";

import { resetSecondFactorAction } from "@/app/admin/ansatte/actions";
import { LoginEmailField } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";

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

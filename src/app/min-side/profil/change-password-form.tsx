"use client";

import { ActionForm } from "@/components/forms/action-form";
import { CurrentPasswordField } from "@/components/forms/current-password-field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { changeOwnPassword } from "./actions";

export function ChangePasswordForm() {
  return (
    <ActionForm action={changeOwnPassword} submitLabel="Bytt passord" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <CurrentPasswordField
            name="currentPassword"
            label="Nåværende passord"
            errors={failure?.fieldErrors.currentPassword}
          />
          <NewPasswordFields
            name="newPassword"
            errors={failure?.fieldErrors.newPassword}
            repeatErrors={failure?.fieldErrors.repeatPassword}
          />
        </>
      )}
    </ActionForm>
  );
}

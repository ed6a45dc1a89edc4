"use client";

import { changeOwnPassword } from "@/app/min-side/profil/actions";
import { CurrentPasswordField, NewPasswordFields } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";

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

"use client";

import { changeOwnPassword } from "@/app/min-side/profil/actions";
import { CurrentPasswordField, NewPasswordFields } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";

/** `provenStrongly`: the session has just proven its holder (BankID, app code), which stands for the current password. */
export function ChangePasswordForm({ provenStrongly }: { provenStrongly: boolean }) {
  return (
    <ActionForm action={changeOwnPassword} submitLabel="Bytt passord" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          {provenStrongly ? (
            <p className="text-slate-700">
              Du har nettopp bekreftet at det er deg, så du trenger ikke det nåværende passordet. Har du glemt
              det, velger du et nytt her.
            </p>
          ) : (
            <CurrentPasswordField
              name="currentPassword"
              label="Nåværende passord"
              errors={failure?.fieldErrors.currentPassword}
            />
          )}
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

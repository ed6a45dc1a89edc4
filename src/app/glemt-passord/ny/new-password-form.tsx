"use client";

import { setNewPassword } from "@/app/glemt-passord/ny/actions";
import { NewPasswordFields } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";

export function NewPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={setNewPassword} submitLabel="Lagre nytt passord" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <input type="hidden" name="token" value={token} />
          <NewPasswordFields
            name="password"
            errors={failure?.fieldErrors.password}
            repeatErrors={failure?.fieldErrors.repeatPassword}
          />
        </>
      )}
    </ActionForm>
  );
}

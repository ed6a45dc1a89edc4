"use client";

import { ActionForm } from "@/components/forms/action-form";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { setNewPassword } from "./actions";

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

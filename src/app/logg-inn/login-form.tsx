"use client";

import { ActionForm } from "@/components/forms/action-form";
import { CurrentPasswordField } from "@/components/forms/current-password-field";
import { LoginEmailField } from "@/components/forms/login-email-field";
import { logIn } from "./actions";

export function LoginForm({ returnTo }: { returnTo: string | null }) {
  return (
    <ActionForm action={logIn} submitLabel="Logg inn" pendingLabel="Logger inn …">
      {(failure) => (
        <>
          {returnTo && <input type="hidden" name="tilbake" value={returnTo} />}
          <LoginEmailField defaultValue={failure?.values?.email} errors={failure?.fieldErrors.email} />
          <CurrentPasswordField name="password" label="Passord" errors={failure?.fieldErrors.password} />
        </>
      )}
    </ActionForm>
  );
}

"use client";

import { logIn } from "@/app/logg-inn/actions";
import { CurrentPasswordField, LoginEmailField } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";

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

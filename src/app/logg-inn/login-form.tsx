"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { LoginEmailField } from "@/components/forms/login-email-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { PASSWORD_MAX_LENGTH } from "@/domain/credentials";
import { logIn } from "./actions";

export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const [state, formAction] = useActionState(logIn, null);
  const failure = state?.ok === false ? state : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} />
      {returnTo && <input type="hidden" name="tilbake" value={returnTo} />}
      <LoginEmailField defaultValue={failure?.values?.email} errors={failure?.fieldErrors.email} />
      <TextField
        name="password"
        label="Passord"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        errors={failure?.fieldErrors.password}
      />
      <div>
        <SubmitButton pendingText="Logger inn …">Logg inn</SubmitButton>
      </div>
    </form>
  );
}

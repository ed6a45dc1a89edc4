"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { NEW_PASSWORD_HINT, PASSWORD_MAX_LENGTH } from "@/domain/credentials";
import { setNewPassword } from "./actions";

export function NewPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(setNewPassword, null);
  const failure = state?.ok === false ? state : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="Nytt passord"
        hint={NEW_PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        errors={failure?.fieldErrors.password}
      />
      <TextField
        name="repeatPassword"
        label="Gjenta nytt passord"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        errors={failure?.fieldErrors.repeatPassword}
      />
      <div>
        <SubmitButton pendingText="Lagrer …">Lagre nytt passord</SubmitButton>
      </div>
    </form>
  );
}

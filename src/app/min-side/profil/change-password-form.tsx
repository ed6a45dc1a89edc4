"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { PASSWORD_MAX_LENGTH } from "@/domain/credentials";
import { changeOwnPassword } from "./actions";

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changeOwnPassword, null);
  const failure = state?.ok === false ? state : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} />
      <TextField
        name="currentPassword"
        label="Nåværende passord"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        errors={failure?.fieldErrors.currentPassword}
      />
      <NewPasswordFields
        name="newPassword"
        errors={failure?.fieldErrors.newPassword}
        repeatErrors={failure?.fieldErrors.repeatPassword}
      />
      <div>
        <SubmitButton pendingText="Lagrer …">Bytt passord</SubmitButton>
      </div>
    </form>
  );
}

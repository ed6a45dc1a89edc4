"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { setNewPassword } from "./actions";

export function NewPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(setNewPassword, null);
  const failure = state?.ok === false ? state : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        name="password"
        errors={failure?.fieldErrors.password}
        repeatErrors={failure?.fieldErrors.repeatPassword}
      />
      <div>
        <SubmitButton pendingText="Lagrer …">Lagre nytt passord</SubmitButton>
      </div>
    </form>
  );
}

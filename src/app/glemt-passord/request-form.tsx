"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { EMAIL_MAX_LENGTH } from "@/domain/credentials";
import { requestReset } from "./actions";

export function ResetRequestForm() {
  const [state, formAction] = useActionState(requestReset, null);
  const failure = state?.ok === false ? state : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} />
      <TextField
        name="email"
        label="E-post"
        hint="E-postadressen du logger inn med."
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        maxLength={EMAIL_MAX_LENGTH}
        defaultValue={failure?.values?.email}
        errors={failure?.fieldErrors.email}
      />
      <div>
        <SubmitButton pendingText="Sender …">Send lenke</SubmitButton>
      </div>
    </form>
  );
}

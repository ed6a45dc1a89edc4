"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { LoginEmailField } from "@/components/forms/login-email-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestReset } from "./actions";

export function ResetRequestForm() {
  const [state, formAction] = useActionState(requestReset, null);
  const failure = state?.ok === false ? state : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} />
      <LoginEmailField
        hint="E-postadressen du logger inn med."
        defaultValue={failure?.values?.email}
        errors={failure?.fieldErrors.email}
      />
      <div>
        <SubmitButton pendingText="Sender …">Send lenke</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { EmailCodeField } from "@/features/email-verification/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { confirmEmailAction } from "./contact-actions";

export function EmailCodeForm() {
  return (
    <ActionForm
      action={confirmEmailAction}
      submitLabel="Bekreft e-postadressen"
      pendingLabel="Sjekker koden …"
    >
      {(failure) => <EmailCodeField errors={failure?.fieldErrors.code} />}
    </ActionForm>
  );
}

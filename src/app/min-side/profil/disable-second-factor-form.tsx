"use client";

import { ActionForm } from "@/components/forms/action-form";
import { SecondFactorCodeField } from "@/components/forms/second-factor-code-field";
import { disableOwnSecondFactor } from "./second-factor-actions";

export function DisableSecondFactorForm() {
  return (
    <ActionForm
      action={disableOwnSecondFactor}
      submitLabel="Slå av totrinnsinnlogging"
      pendingLabel="Slår av …"
    >
      {(failure) => (
        <SecondFactorCodeField
          label="Kode for å slå av"
          hint="De 6 sifrene fra autentiseringsappen, eller en av gjenopprettingskodene dine."
          errors={failure?.fieldErrors.code}
        />
      )}
    </ActionForm>
  );
}

"use client";

import { disableOwnSecondFactor } from "@/app/min-side/profil/second-factor-actions";
import { SecondFactorCodeField } from "@/features/second-factor/ui";
import { ActionForm } from "@/ui/forms/action-form";

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

"use client";

import { confirmIdentityWithCodeAction } from "@/app/bekreft-identitet/actions";
import { SecondFactorCodeField } from "@/features/second-factor/ui";
import { ActionForm } from "@/ui/forms/action-form";

/** The step-up page's code form: only the app's code counts, not a recovery code. */
export function StepUpCodeForm({ returnTo }: { returnTo: string }) {
  return (
    <ActionForm
      action={confirmIdentityWithCodeAction}
      submitLabel="Bekreft med koden"
      pendingLabel="Sjekker koden …"
    >
      {(failure) => (
        <>
          <input type="hidden" name="tilbake" value={returnTo} />
          <SecondFactorCodeField
            label="Kode fra appen"
            hint="De 6 sifrene autentiseringsappen viser for Klarkraft nå. Gjenopprettingskoder gjelder ikke her."
            appOnly
            errors={failure?.fieldErrors.code}
          />
        </>
      )}
    </ActionForm>
  );
}

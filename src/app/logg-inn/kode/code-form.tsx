"use client";

import { verifySignInCode } from "@/app/logg-inn/kode/actions";
import { SecondFactorCodeField } from "@/features/second-factor/ui";
import { ActionForm } from "@/ui/forms/action-form";

export function CodeForm({ returnTo }: { returnTo: string | null }) {
  return (
    <ActionForm action={verifySignInCode} submitLabel="Bekreft" pendingLabel="Sjekker koden …">
      {(failure) => (
        <>
          {returnTo && <input type="hidden" name="tilbake" value={returnTo} />}
          <SecondFactorCodeField
            label="Engangskode"
            hint="De 6 sifrene fra autentiseringsappen, eller en av gjenopprettingskodene dine."
            errors={failure?.fieldErrors.code}
          />
        </>
      )}
    </ActionForm>
  );
}

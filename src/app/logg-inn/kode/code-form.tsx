"use client";

import { ActionForm } from "@/components/forms/action-form";
import { SecondFactorCodeField } from "@/components/forms/second-factor-code-field";
import { verifySignInCode } from "./actions";

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

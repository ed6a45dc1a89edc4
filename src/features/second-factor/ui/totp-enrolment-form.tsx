"use client";

import type { ReactNode } from "react";
import { CurrentPasswordField } from "@/features/sign-in/ui";
import type { FormState } from "@/platform/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { RecoveryCodes } from "./recovery-codes";
import { SecondFactorCodeField } from "./second-factor-code-field";

export type TotpConfirmationState = FormState<{ recoveryCodes: string[] }>;

/**
 * Setting up the authenticator app: the instructions (QR code and secret, drawn on the server), a
 * code from the app to prove it works, then the recovery codes in the form's place.
 */
export function TotpEnrolmentForm({
  action,
  instructions,
  returnTo = null,
  askPassword = false,
  continueHref,
  continueLabel,
}: {
  action: (state: TotpConfirmationState, form: FormData) => Promise<TotpConfirmationState>;
  instructions: ReactNode;
  returnTo?: string | null;
  /** A customer confirms with the password too (the action must check it). */
  askPassword?: boolean;
  continueHref: string;
  continueLabel: string;
}) {
  return (
    <ActionForm
      action={action}
      submitLabel="Slå på totrinnsinnlogging"
      pendingLabel="Sjekker koden …"
      replaceOnSuccess={(state) => (
        <RecoveryCodes
          codes={state.recoveryCodes}
          continueHref={continueHref}
          continueLabel={continueLabel}
        />
      )}
    >
      {(failure) => (
        <>
          {instructions}
          {returnTo && <input type="hidden" name="tilbake" value={returnTo} />}
          <div className="max-w-xs">
            <SecondFactorCodeField
              label="Kode fra appen"
              hint="De 6 sifrene appen viser for Klarkraft nå."
              appOnly
              errors={failure?.fieldErrors.code}
            />
          </div>
          {askPassword && (
            <div className="max-w-sm">
              <CurrentPasswordField
                name="currentPassword"
                label="Passordet ditt"
                hint="Det du logger inn med, så vi vet at det er du som slår det på."
                errors={failure?.fieldErrors.currentPassword}
              />
            </div>
          )}
        </>
      )}
    </ActionForm>
  );
}

"use client";

import { LOOKUPS } from "@/features/onboarding";
import { ConsentCheckbox } from "@/features/onboarding/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { startWithBankIdAction } from "./start-actions";

/** Step 1: the four consents, then BankID. No national ID, no name: BankID says who the person is. */
export function StartForm() {
  return (
    <ActionForm
      action={startWithBankIdAction}
      submitLabel="Fortsett med BankID"
      pendingLabel="Åpner BankID …"
    >
      {(failure) => {
        const field = (name: string) => ({
          name,
          defaultValue: failure?.values?.[name],
          errors: failure?.fieldErrors[name],
        });
        return (
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 text-lg font-semibold">Oppslag og vilkår</legend>
            <p className="text-sm text-slate-700">
              Alle fire er nødvendige for å bli kunde på nett. Vi gjør ingen oppslag før du har bekreftet hvem
              du er med BankID. Uten samtykkene kan vi ikke opprette avtalen her, men du kan ringe
              kundeservice.
            </p>
            <ConsentCheckbox {...LOOKUPS.folkeregister} {...field("consentFolkeregister")} />
            <ConsentCheckbox {...LOOKUPS.elhub} {...field("consentElhub")} />
            <ConsentCheckbox {...LOOKUPS.experian} {...field("consentExperian")} />
            <ConsentCheckbox {...LOOKUPS.terms} {...field("acceptTerms")} />
          </fieldset>
        );
      }}
    </ActionForm>
  );
}

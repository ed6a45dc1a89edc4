"use client";

import Link from "next/link";
import { LETTER_CONSENT_FIELDS } from "@/features/onboarding";
import { ConsentCheckbox, Notice } from "@/features/onboarding/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { NationalIdField } from "../national-id-field";
import { requestLetterAction } from "./actions";

/** The number and the consents; the answer takes the form's place and is the same for every number. */
export function LetterRequestForm() {
  return (
    <ActionForm
      action={requestLetterAction}
      submitLabel="Send meg brev med kode"
      pendingLabel="Sender …"
      replaceOnSuccess={(state) => (
        <Notice>
          <p>{state.message}</p>
          <p className="mt-2">
            Når brevet har kommet:{" "}
            <Link href="/bli-kunde/aktiveringskode" className="font-medium text-brand-700 underline">
              skriv inn koden
            </Link>
            .
          </p>
        </Notice>
      )}
    >
      {(failure) => (
        <>
          <NationalIdField
            hint="11 siffer. Vi bruker det bare til å finne adressen din i Folkeregisteret, og lagrer det kryptert."
            failure={failure}
          />
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 text-lg font-semibold">Oppslag og vilkår</legend>
            <p className="text-sm text-slate-700">
              Alle er nødvendige for å bli kunde på nett. Samtykkene gjelder søknaden du fortsetter med koden
              fra brevet.
            </p>
            {LETTER_CONSENT_FIELDS.map(([field, lookup]) => (
              <ConsentCheckbox
                key={field}
                {...lookup}
                name={field}
                defaultValue={failure?.values?.[field]}
                errors={failure?.fieldErrors[field]}
              />
            ))}
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}

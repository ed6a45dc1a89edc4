"use client";

import Link from "next/link";
import { ACTIVATION_CODE_INPUT_MAX_LENGTH } from "@/features/onboarding";
import { Notice } from "@/features/onboarding/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";
import { NationalIdField } from "../national-id-field";
import { redeemCodeAction } from "./actions";

/** The number and the code; a new or resumed application goes on at /bli-kunde. */
export function ActivationCodeForm() {
  return (
    <ActionForm
      action={redeemCodeAction}
      submitLabel="Gå videre"
      pendingLabel="Sjekker koden …"
      replaceOnSuccess={() => (
        <Notice>
          Du er allerede kunde hos oss.{" "}
          <Link href="/logg-inn" className="font-medium text-brand-700 underline">
            Logg inn på Min side
          </Link>
          .
        </Notice>
      )}
    >
      {(failure) => (
        <>
          <NationalIdField hint="11 siffer, det samme som du skrev da du ba om brevet." failure={failure} />
          <TextField
            name="code"
            label="Aktiveringskode"
            hint="8 tegn, slik de står i brevet, for eksempel K7QM-3XPD."
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={ACTIVATION_CODE_INPUT_MAX_LENGTH}
            required
            defaultValue={failure?.values?.code}
            errors={failure?.fieldErrors.code}
          />
        </>
      )}
    </ActionForm>
  );
}

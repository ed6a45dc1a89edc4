"use client";

import { registerInquiryAction } from "@/app/admin/meldinger/actions";
import { INQUIRY_MESSAGE_MAX_LENGTH, INQUIRY_SUBJECT_MAX_LENGTH } from "@/features/inquiries";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { ActionForm } from "@/ui/forms/action-form";
import { TextAreaField } from "@/ui/forms/text-area-field";
import { TextField } from "@/ui/forms/text-field";

export function RegisterInquiryForm() {
  return (
    <ActionForm action={registerInquiryAction} submitLabel="Registrer henvendelsen" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <TextField
            name="email"
            type="email"
            label="E-postadressen til den som spør"
            hint="Svaret sendes hit som en lenke til samtalen."
            autoComplete="off"
            maxLength={EMAIL_MAX_LENGTH}
            defaultValue={failure?.values?.email}
            errors={failure?.fieldErrors.email}
          />
          <TextField
            name="subject"
            label="Emne"
            maxLength={INQUIRY_SUBJECT_MAX_LENGTH}
            defaultValue={failure?.values?.subject}
            errors={failure?.fieldErrors.subject}
          />
          <TextAreaField
            name="body"
            id="henvendelse-tekst"
            label="Hva personen skrev eller sa"
            hint="Skriv ikke fødselsnummer her."
            maxLength={INQUIRY_MESSAGE_MAX_LENGTH}
            defaultValue={failure?.values?.body}
            errors={failure?.fieldErrors.body}
          />
        </>
      )}
    </ActionForm>
  );
}

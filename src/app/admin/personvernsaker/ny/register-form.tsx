"use client";

import { registerRequestAction } from "@/app/admin/personvernsaker/actions";
import {
  CUSTOMER_NUMBER_MAX_LENGTH,
  DETAILS_MAX_LENGTH,
  REGISTER_EMAIL_MAX_LENGTH,
} from "@/features/privacy";
import { RadioGroup } from "@/features/privacy/ui";
import { IDENTITY_VERIFICATION_LABELS, PRIVACY_REQUEST_TYPE_LABELS } from "@/platform/format/labels";
import { ActionForm } from "@/ui/forms/action-form";
import { FieldFrame, SELECT_CLASS } from "@/ui/forms/field-frame";
import { TextAreaField } from "@/ui/forms/text-area-field";
import { TextField } from "@/ui/forms/text-field";

const REQUESTERS = [
  { value: "customer", label: "Kunde eller tidligere kunde (finn kundenummeret med kundesøket)" },
  { value: "none", label: "Ikke kunde: vi har ingen kunde som passer" },
];

const VERIFICATIONS = Object.entries(IDENTITY_VERIFICATION_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** A request received by email, phone or letter: who asked, what, and the day it came in. */
export function RegisterRequestForm({
  today,
  customerNumber,
}: {
  /** Oslo's date, YYYY-MM-DD: the usual received date. */
  today: string;
  customerNumber?: string;
}) {
  return (
    <ActionForm action={registerRequestAction} submitLabel="Registrer forespørselen" pendingLabel="Lagrer …">
      {(failure) => {
        const values = failure?.values;
        const errors = failure?.fieldErrors;
        return (
          <>
            <FieldFrame inputId="foresporsel-type" label="Hva ber personen om?" errors={errors?.type}>
              {(control) => (
                // Keyed by the echoed value: React sets a select's defaultValue only when it mounts.
                <select
                  key={values?.type ?? ""}
                  name="type"
                  defaultValue={values?.type ?? ""}
                  className={SELECT_CLASS}
                  {...control}
                >
                  <option value="" disabled>
                    Velg type
                  </option>
                  {Object.entries(PRIVACY_REQUEST_TYPE_LABELS).map(([value, name]) => (
                    <option key={value} value={value}>
                      {name}
                    </option>
                  ))}
                </select>
              )}
            </FieldFrame>
            <TextField
              name="receivedOn"
              type="date"
              label="Mottatt dato"
              hint="Fristen på én måned regnes fra denne dagen."
              max={today}
              defaultValue={values?.receivedOn ?? today}
              errors={errors?.receivedOn}
            />
            <TextField
              name="email"
              type="email"
              label="E-postadressen til den som spør"
              hint="Kvittering og svar sendes hit (til kundens registrerte adresse når vi har en)."
              autoComplete="off"
              maxLength={REGISTER_EMAIL_MAX_LENGTH}
              defaultValue={values?.email}
              errors={errors?.email}
            />
            <RadioGroup
              name="requester"
              legend="Hvem spør?"
              options={REQUESTERS}
              value={values?.requester ?? (customerNumber ? "customer" : undefined)}
              errors={errors?.requester}
            />
            <TextField
              name="customerNumber"
              label="Kundenummer (bare for kunder)"
              inputMode="numeric"
              maxLength={CUSTOMER_NUMBER_MAX_LENGTH}
              defaultValue={values?.customerNumber ?? customerNumber}
              errors={errors?.customerNumber}
            />
            <RadioGroup
              name="identityVerification"
              legend="Slik er det bekreftet at det er kunden som spør (bare for kunder)"
              hint="Gjør ingenting for en kunde før identiteten er bekreftet på en av disse måtene: å svare en som bare påstår å være kunden, er et brudd på personvernet."
              options={VERIFICATIONS}
              value={values?.identityVerification}
              errors={errors?.identityVerification}
            />
            <TextAreaField
              name="details"
              id="foresporsel-beskrivelse"
              label="Hva personen ba om"
              hint="Med egne ord, slik forespørselen kom inn. Skriv ikke fødselsnummer her."
              maxLength={DETAILS_MAX_LENGTH}
              defaultValue={values?.details}
              errors={errors?.details}
            />
          </>
        );
      }}
    </ActionForm>
  );
}

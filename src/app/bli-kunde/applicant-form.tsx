"use client";

import {
  CITY_MAX_LENGTH,
  LOOKUPS,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  STREET_MAX_LENGTH,
} from "@/features/onboarding";
import { ConsentCheckbox } from "@/features/onboarding/ui";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";
import { startAction } from "./actions";

/** A field's name with what the person typed and the errors, after a failed submit. */
type FieldProps = (name: string) => { name: string; defaultValue?: string; errors?: string[] };

/** Step 1: the person's details and the four consents. */
export function ApplicantForm() {
  return (
    <ActionForm action={startAction} submitLabel="Gå videre" pendingLabel="Sjekker opplysningene …">
      {(failure) => {
        const field: FieldProps = (name) => ({
          name,
          defaultValue: failure?.values?.[name],
          errors: failure?.fieldErrors[name],
        });
        return (
          <>
            <PersonFields field={field} />
            <AddressFields field={field} />
            <ConsentFields field={field} />
          </>
        );
      }}
    </ActionForm>
  );
}

function PersonFields({ field }: { field: FieldProps }) {
  return (
    <>
      <TextField
        label="Fornavn"
        autoComplete="given-name"
        maxLength={NAME_MAX_LENGTH}
        required
        {...field("firstName")}
      />
      <TextField
        label="Etternavn"
        autoComplete="family-name"
        maxLength={NAME_MAX_LENGTH}
        required
        {...field("lastName")}
      />
      <TextField
        label="Fødselsnummer eller D-nummer"
        hint="11 siffer. Vi bruker det til identitetssjekk, kredittsjekk og for å finne målepunktet ditt, og lagrer det kryptert."
        inputMode="numeric"
        autoComplete="off"
        maxLength={32}
        required
        {...field("nationalId")}
      />
      <TextField
        label="E-post"
        type="email"
        autoComplete="email"
        maxLength={EMAIL_MAX_LENGTH}
        required
        {...field("email")}
      />
      <TextField
        label="Mobilnummer"
        type="tel"
        autoComplete="tel-national"
        maxLength={PHONE_MAX_LENGTH}
        hint="Norsk mobilnummer, 8 siffer."
        required
        {...field("phone")}
      />
    </>
  );
}

function AddressFields({ field }: { field: FieldProps }) {
  return (
    <>
      <TextField
        label="Adresse der du skal ha strøm"
        hint="Gate og husnummer, for eksempel Eksempelveien 12B."
        autoComplete="street-address"
        maxLength={STREET_MAX_LENGTH}
        required
        {...field("street")}
      />
      <TextField
        label="Postnummer"
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={10}
        required
        {...field("postalCode")}
      />
      <TextField
        label="Poststed"
        autoComplete="address-level2"
        maxLength={CITY_MAX_LENGTH}
        required
        {...field("city")}
      />
    </>
  );
}

function ConsentFields({ field }: { field: FieldProps }) {
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-lg font-semibold">Oppslag og vilkår</legend>
      <p className="text-sm text-slate-700">
        Alle fire er nødvendige for å bli kunde på nett. Du velger selv om du vil gi dem; uten dem kan vi ikke
        opprette avtalen her, men du kan ringe kundeservice.
      </p>
      <ConsentCheckbox {...LOOKUPS.folkeregister} {...field("consentFolkeregister")} />
      <ConsentCheckbox {...LOOKUPS.elhub} {...field("consentElhub")} />
      <ConsentCheckbox {...LOOKUPS.experian} {...field("consentExperian")} />
      <ConsentCheckbox {...LOOKUPS.terms} {...field("acceptTerms")} />
    </fieldset>
  );
}

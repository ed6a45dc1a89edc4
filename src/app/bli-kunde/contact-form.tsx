"use client";

import { CITY_MAX_LENGTH, PHONE_MAX_LENGTH, STREET_MAX_LENGTH } from "@/features/onboarding";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";
import { saveContactAction } from "./contact-actions";

/** A field's name with what the person typed (or the default) and the errors, after a failed submit. */
type FieldProps = (name: string) => { name: string; defaultValue?: string; errors?: string[] };

export type ContactDefaults = Partial<Record<"email" | "phone" | "street" | "postalCode" | "city", string>>;

/** Step 3: how to reach the person, and where they want electricity (the registered address to start). */
export function ContactForm({ defaults }: { defaults: ContactDefaults }) {
  return (
    <ActionForm action={saveContactAction} submitLabel="Send kode til e-posten" pendingLabel="Lagrer …">
      {(failure) => {
        const field: FieldProps = (name) => ({
          name,
          defaultValue: failure?.values?.[name] ?? defaults[name as keyof ContactDefaults],
          errors: failure?.fieldErrors[name],
        });
        return (
          <>
            <TextField
              label="E-post"
              type="email"
              autoComplete="email"
              maxLength={EMAIL_MAX_LENGTH}
              hint="Vi sender en kode hit. E-postadressen blir brukernavnet ditt på Min side."
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
            <AddressFields field={field} />
          </>
        );
      }}
    </ActionForm>
  );
}

function AddressFields({ field }: { field: FieldProps }) {
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-lg font-semibold">Adressen der du skal ha strøm</legend>
      <TextField
        label="Gateadresse"
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
    </fieldset>
  );
}

"use client";

import {
  eraseOwnDataAction,
  requestDecisionReviewAction,
  requestRectificationAction,
  setObjectionAction,
  setRestrictionAction,
  updatePhoneAction,
} from "@/app/min-side/personvern/actions";
import {
  DETAILS_MAX_LENGTH,
  type ObjectionKind,
  PHONE_MAX_LENGTH,
  RECTIFIABLE_BY_REQUEST,
  RECTIFIABLE_FIELD_NAMES,
} from "@/features/privacy";
import { CurrentPasswordField } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { TextAreaField } from "@/ui/forms/text-area-field";
import { TextField } from "@/ui/forms/text-field";

export function RestrictionForm({ restricted }: { restricted: boolean }) {
  return (
    <ActionForm
      action={setRestrictionAction}
      submitLabel={restricted ? "Opphev begrensningen" : "Begrens behandlingen"}
      pendingLabel="Lagrer …"
    >
      {() => <input type="hidden" name="restrict" value={restricted ? "off" : "on"} />}
    </ActionForm>
  );
}

export function ObjectionForm({
  kind,
  objected,
  label,
}: {
  kind: ObjectionKind;
  objected: boolean;
  label: string;
}) {
  return (
    <ActionForm
      action={setObjectionAction}
      submitLabel={objected ? `Trekk protesten mot ${label}` : `Protester mot ${label}`}
      pendingLabel="Lagrer …"
    >
      {() => (
        <>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="object" value={objected ? "off" : "on"} />
        </>
      )}
    </ActionForm>
  );
}

export function PhoneForm({ phone }: { phone: string | null }) {
  return (
    <ActionForm action={updatePhoneAction} submitLabel="Lagre telefonnummer" pendingLabel="Lagrer …">
      {(failure) => (
        <TextField
          name="phone"
          id="personvern-telefon"
          label="Telefonnummer"
          type="tel"
          autoComplete="tel"
          maxLength={PHONE_MAX_LENGTH}
          defaultValue={failure?.values?.phone ?? phone ?? ""}
          errors={failure?.fieldErrors.phone}
        />
      )}
    </ActionForm>
  );
}

export function RectificationForm() {
  return (
    <ActionForm
      action={requestRectificationAction}
      submitLabel="Send forespørsel om retting"
      pendingLabel="Sender …"
    >
      {(failure) => (
        <>
          <fieldset className="flex flex-col gap-2">
            <legend className="font-medium">Hva er feil?</legend>
            {RECTIFIABLE_BY_REQUEST.map((field) => (
              <label key={field} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="field"
                  value={field}
                  defaultChecked={(failure?.values?.field ?? "name") === field}
                  className="size-5"
                />
                {RECTIFIABLE_FIELD_NAMES[field]}
              </label>
            ))}
            {failure?.fieldErrors.field && (
              <p className="text-sm font-medium text-red-800">{failure.fieldErrors.field.join(" ")}</p>
            )}
          </fieldset>
          <TextAreaField
            name="details"
            id="retting-beskrivelse"
            label="Hva er riktig?"
            hint="Skriv hva som er feil og hva som er riktig. Skriv ikke fødselsnummeret her: vi kontrollerer det mot Folkeregisteret."
            maxLength={DETAILS_MAX_LENGTH}
            defaultValue={failure?.values?.details}
            errors={failure?.fieldErrors.details}
          />
        </>
      )}
    </ActionForm>
  );
}

export function DecisionReviewForm() {
  return (
    <ActionForm action={requestDecisionReviewAction} submitLabel="Be om ny vurdering" pendingLabel="Sender …">
      {(failure) => (
        <TextAreaField
          name="details"
          id="vurdering-beskrivelse"
          label="Ditt syn på saken (valgfritt)"
          hint="En saksbehandler ser på kredittvurderingen på nytt og tar med det du skriver."
          maxLength={DETAILS_MAX_LENGTH}
          defaultValue={failure?.values?.details}
          errors={failure?.fieldErrors.details}
        />
      )}
    </ActionForm>
  );
}

export function ErasureForm() {
  return (
    <ActionForm action={eraseOwnDataAction} submitLabel="Slett opplysningene mine" pendingLabel="Sletter …">
      {(failure) => (
        <CurrentPasswordField
          name="currentPassword"
          id="sletting-passord"
          label="Bekreft med passordet ditt"
          hint="Slettingen kan ikke angres. Du blir logget ut, og brukerkontoen avsluttes."
          errors={failure?.fieldErrors.currentPassword}
        />
      )}
    </ActionForm>
  );
}

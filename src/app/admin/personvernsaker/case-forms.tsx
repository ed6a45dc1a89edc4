"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { REASON_MAX_LENGTH } from "@/domain/privacy/requests";
import {
  carryOutErasureAction,
  liftRestrictionAction,
  recordErasureFindingAction,
  resolveRectificationAction,
  transitionCaseAction,
} from "./actions";

const LABELS = {
  start: "Start behandlingen",
  extend: "Forleng fristen",
  complete: "Fullfør",
  reject: "Avvis",
} as const;

const REASON_LABELS = {
  extend: "Hvorfor fristen forlenges (sendes til den som spurte)",
  complete: "Svar til den som spurte",
  reject: "Hvorfor forespørselen avvises (sendes til den som spurte)",
} as const;

export function TransitionForm({ requestId, kind }: { requestId: string; kind: keyof typeof LABELS }) {
  return (
    <ActionForm action={transitionCaseAction} submitLabel={LABELS[kind]} pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="kind" value={kind} />
          {kind !== "start" && (
            <TextAreaField
              name="reason"
              id={`grunn-${kind}`}
              label={REASON_LABELS[kind]}
              maxLength={REASON_MAX_LENGTH}
              defaultValue={failure?.values?.reason}
              errors={failure?.fieldErrors.reason}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}

export function RectifyForm({
  requestId,
  field,
  current,
}: {
  requestId: string;
  field: "name" | "address";
  current: { firstName: string; lastName: string; street: string; postalCode: string; city: string };
}) {
  return (
    <ActionForm action={resolveRectificationAction} submitLabel="Rett og fullfør" pendingLabel="Lagrer …">
      {(failure) => {
        const value = (name: keyof typeof current) => failure?.values?.[name] ?? current[name];
        return (
          <>
            <input type="hidden" name="requestId" value={requestId} />
            <input type="hidden" name="field" value={field} />
            {field === "name" ? (
              <>
                <TextField
                  name="firstName"
                  label="Fornavn"
                  maxLength={100}
                  defaultValue={value("firstName")}
                  errors={failure?.fieldErrors.firstName}
                />
                <TextField
                  name="lastName"
                  label="Etternavn"
                  maxLength={100}
                  defaultValue={value("lastName")}
                  errors={failure?.fieldErrors.lastName}
                />
              </>
            ) : (
              <>
                <TextField
                  name="street"
                  label="Gateadresse"
                  maxLength={200}
                  defaultValue={value("street")}
                  errors={failure?.fieldErrors.street}
                />
                <TextField
                  name="postalCode"
                  label="Postnummer"
                  inputMode="numeric"
                  maxLength={4}
                  defaultValue={value("postalCode")}
                  errors={failure?.fieldErrors.postalCode}
                />
                <TextField
                  name="city"
                  label="Poststed"
                  maxLength={100}
                  defaultValue={value("city")}
                  errors={failure?.fieldErrors.city}
                />
              </>
            )}
            <TextAreaField
              name="reason"
              id="grunn-retting"
              label="Svar til kunden"
              maxLength={REASON_MAX_LENGTH}
              defaultValue={
                failure?.values?.reason ??
                "Vi har kontrollert opplysningen mot Folkeregisteret og rettet den."
              }
              errors={failure?.fieldErrors.reason}
            />
          </>
        );
      }}
    </ActionForm>
  );
}

export function LiftRestrictionForm({ requestId }: { requestId: string }) {
  return (
    <ActionForm action={liftRestrictionAction} submitLabel="Opphev begrensningen" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <TextAreaField
            name="reason"
            id="grunn-oppheving"
            label="Hvorfor begrensningen oppheves (sendes til kunden)"
            maxLength={REASON_MAX_LENGTH}
            defaultValue={failure?.values?.reason}
            errors={failure?.fieldErrors.reason}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Carries out an existing customer's erasure and completes this request with it. */
export function CarryOutErasureForm({ requestId }: { requestId: string }) {
  return (
    <ActionForm
      action={carryOutErasureAction}
      submitLabel="Slett kundens opplysninger"
      pendingLabel="Sletter …"
    >
      {() => <input type="hidden" name="requestId" value={requestId} />}
    </ActionForm>
  );
}

/** For a requester who is not a customer: deletes what the service found and records the finding. */
export function ErasureFindingForm({ requestId }: { requestId: string }) {
  return (
    <ActionForm action={recordErasureFindingAction} submitLabel="Slett og fullfør" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <TextAreaField
            name="note"
            id="funn-merknad"
            label="Annet du fant og slettet (valgfritt, sendes til den som spurte)"
            hint="For eksempel e-poster i innboksen til kundeservice. Står det ingenting her, får personen bare det som er listet over."
            maxLength={REASON_MAX_LENGTH}
            defaultValue={failure?.values?.note}
            errors={failure?.fieldErrors.note}
          />
        </>
      )}
    </ActionForm>
  );
}

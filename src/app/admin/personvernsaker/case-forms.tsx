"use client";

import {
  carryOutErasureAction,
  liftRestrictionAction,
  recordErasureFindingAction,
  transitionCaseAction,
} from "@/app/admin/personvernsaker/actions";
import { REASON_MAX_LENGTH } from "@/features/privacy";
import { ActionForm } from "@/ui/forms/action-form";
import { TextAreaField } from "@/ui/forms/text-area-field";

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

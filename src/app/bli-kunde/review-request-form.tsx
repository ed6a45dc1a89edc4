"use client";

import { APPLICANT_STATEMENT_MAX_LENGTH } from "@/features/onboarding";
import { ActionForm } from "@/ui/forms/action-form";
import { TextAreaField } from "@/ui/forms/text-area-field";
import { requestReviewAction } from "./actions";

/** GDPR Art. 22(3): ask for a person's review of an automated decline, and say why it is wrong. */
export function ReviewRequestForm() {
  return (
    <ActionForm
      action={requestReviewAction}
      submitLabel="Be om vurdering av en person"
      pendingLabel="Sender …"
    >
      {(failure) => (
        <TextAreaField
          name="statement"
          id="vurdering-forklaring"
          label="Din forklaring (valgfritt)"
          hint="Forklar gjerne hvorfor du mener avgjørelsen er feil, for eksempel at en betalingsanmerkning er gjort opp. Saksbehandleren leser det du skriver. Skriv ikke fødselsnummeret ditt her."
          maxLength={APPLICANT_STATEMENT_MAX_LENGTH}
          defaultValue={failure?.values?.statement}
          errors={failure?.fieldErrors.statement}
        />
      )}
    </ActionForm>
  );
}

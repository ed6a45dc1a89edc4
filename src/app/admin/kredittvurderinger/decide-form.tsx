"use client";

import { decideReviewAction } from "@/app/admin/kredittvurderinger/actions";
import { ActionForm } from "@/ui/forms/action-form";

/** Approve or decline one case; the radio names the decision, the button sends it. */
export function DecideForm({ caseId, applicant }: { caseId: string; applicant: string }) {
  return (
    <ActionForm action={decideReviewAction} submitLabel="Lagre vurdering" pendingLabel="Lagrer …">
      {(failure) => (
        <fieldset className="flex flex-wrap gap-4">
          <legend className="sr-only">Vurdering av {applicant}</legend>
          <input type="hidden" name="caseId" value={caseId} />
          {(["APPROVED", "DECLINED"] as const).map((decision) => (
            <label key={decision} className="flex items-center gap-2">
              <input type="radio" name="decision" value={decision} className="size-5" />
              {decision === "APPROVED" ? "Godkjenn" : "Avslå"}
            </label>
          ))}
          {failure?.fieldErrors.decision && (
            <p className="w-full text-sm font-medium text-red-800">
              {failure.fieldErrors.decision.join(" ")}
            </p>
          )}
        </fieldset>
      )}
    </ActionForm>
  );
}

"use client";

import { ActionForm } from "@/components/forms/action-form";
import type { AccessReason } from "@/domain/customer-search";
import { AccessReasonField } from "../../access-reason-field";
import { revealNationalIdAction } from "./actions";

/** "Vis fødselsnummer": a deliberate click with a reason; the full number replaces the form. */
export function RevealNationalIdForm({ customerId, reason }: { customerId: string; reason: AccessReason }) {
  return (
    <ActionForm
      action={revealNationalIdAction}
      submitLabel="Vis fødselsnummer"
      pendingLabel="Henter …"
      replaceOnSuccess={(state) => (
        <p role="status">
          Fødselsnummer:{" "}
          <span className="font-mono font-semibold">
            {state.nationalId.slice(0, 6)} {state.nationalId.slice(6)}
          </span>
          <span className="block text-sm text-slate-700">{state.message}</span>
        </p>
      )}
    >
      {(failure) => (
        <div className="max-w-md">
          <input type="hidden" name="customerId" value={customerId} />
          <AccessReasonField
            id="vis-fnr-grunn"
            defaultValue={failure?.values?.reason ?? reason}
            errors={failure?.fieldErrors.reason}
          />
        </div>
      )}
    </ActionForm>
  );
}

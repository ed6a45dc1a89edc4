"use client";

import { revealNationalIdAction } from "@/app/admin/kunder/[id]/actions";
import type { AccessReason } from "@/features/customers";
import { AccessReasonField } from "@/features/customers/ui";
import { ActionForm } from "@/ui/forms/action-form";

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

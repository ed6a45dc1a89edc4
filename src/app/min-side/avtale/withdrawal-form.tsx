"use client";

import { withdrawAction } from "@/app/min-side/avtale/actions";
import { ActionForm } from "@/ui/forms/action-form";
import { ConfirmField } from "@/ui/forms/confirm-field";

/** "Angre avtalen": the confirm step, then the withdrawal. */
export function WithdrawalForm({ contractId }: { contractId: string }) {
  return (
    <ActionForm action={withdrawAction} submitLabel="Angre avtalen" pendingLabel="Angrer …">
      {(failure) => (
        <>
          <input type="hidden" name="contractId" value={contractId} />
          <ConfirmField
            id={`bekreft-angre-${contractId}`}
            label="Jeg bekrefter at jeg vil bruke angreretten og gå fra strømavtalen."
            errors={failure?.fieldErrors.confirm}
          />
        </>
      )}
    </ActionForm>
  );
}

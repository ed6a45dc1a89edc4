"use client";

import { assignPaymentAction } from "@/app/admin/faktura/innbetalinger/actions";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";

/** Assigns one unmatched payment to the invoice it pays, by the invoice's number. */
export function AssignForm({ paymentId, label }: { paymentId: string; label: string }) {
  return (
    <ActionForm action={assignPaymentAction} submitLabel="Koble" pendingLabel="Kobler …">
      {(failure) => (
        <>
          <input type="hidden" name="paymentId" value={paymentId} />
          <TextField
            id={`faktura-${paymentId}`}
            name="invoiceNumber"
            label={`Fakturanummer for ${label}`}
            inputMode="numeric"
            autoComplete="off"
            maxLength={9}
            defaultValue={failure?.values?.invoiceNumber}
            errors={failure?.fieldErrors.invoiceNumber}
          />
        </>
      )}
    </ActionForm>
  );
}

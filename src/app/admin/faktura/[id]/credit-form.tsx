"use client";

import { CREDIT_REASON_MAX_LENGTH } from "@/features/invoices";
import { ActionForm } from "@/ui/forms/action-form";
import { ConfirmField } from "@/ui/forms/confirm-field";
import { TextAreaField } from "@/ui/forms/text-area-field";
import { creditInvoiceAction } from "../actions";

/** Credits the whole invoice with a reason, after the administrator ticks that they mean it. */
export function CreditInvoiceForm({
  invoiceId,
  invoiceNumber,
}: {
  invoiceId: string;
  invoiceNumber: number;
}) {
  return (
    <ActionForm action={creditInvoiceAction} submitLabel="Krediter faktura" pendingLabel="Krediterer …">
      {(failure) => (
        <>
          <input type="hidden" name="invoiceId" value={invoiceId} />
          <TextAreaField
            name="reason"
            id="krediter-grunn"
            label="Hvorfor krediteres fakturaen?"
            hint="Står på kreditnotaen, som kunden ser."
            maxLength={CREDIT_REASON_MAX_LENGTH}
            defaultValue={failure?.values?.reason}
            errors={failure?.fieldErrors.reason}
          />
          <ConfirmField
            id="krediter-bekreft"
            label={`Jeg vil kreditere hele faktura ${invoiceNumber}. En kreditnota kan ikke trekkes tilbake.`}
            errors={failure?.fieldErrors.confirm}
          />
        </>
      )}
    </ActionForm>
  );
}

"use client";

import { startBankIdAction } from "@/app/bankid/actions";
import { ActionForm } from "@/ui/forms/action-form";

/** "Bekreft med BankID": off to BankID for a fresh proof of this session's customer, then back. */
export function StepUpBankIdForm({ returnTo }: { returnTo: string }) {
  return (
    <ActionForm action={startBankIdAction} submitLabel="Bekreft med BankID" pendingLabel="Åpner BankID …">
      {() => (
        <>
          <input type="hidden" name="formaal" value="step-up" />
          <input type="hidden" name="tilbake" value={returnTo} />
        </>
      )}
    </ActionForm>
  );
}

"use client";

import type { BankIdPurpose } from "@/features/sign-in";
import { ActionForm } from "@/ui/forms/action-form";
import { startBankIdAction } from "./actions";

/** One button to BankID: sign in, or confirm that the signed-in person is who they say (step-up). */
export function BankIdButton({
  purpose,
  returnTo,
  label,
}: {
  purpose: Exclude<BankIdPurpose, "onboarding">;
  returnTo?: string | null;
  label: string;
}) {
  return (
    <ActionForm action={startBankIdAction} submitLabel={label} pendingLabel="Åpner BankID …">
      {() => (
        <>
          <input type="hidden" name="formaal" value={purpose} />
          {returnTo && <input type="hidden" name="tilbake" value={returnTo} />}
        </>
      )}
    </ActionForm>
  );
}

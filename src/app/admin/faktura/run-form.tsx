"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { runBillingAction } from "./actions";

/** Starts the billing run for the month shown; the result is announced above the button. */
export function RunBillingForm({ month, monthLabel }: { month: string; monthLabel: string }) {
  return (
    <ActionForm
      action={runBillingAction}
      submitLabel={`Kjør fakturering for ${monthLabel}`}
      pendingLabel="Fakturerer …"
    >
      {() => <input type="hidden" name="month" value={month} />}
    </ActionForm>
  );
}

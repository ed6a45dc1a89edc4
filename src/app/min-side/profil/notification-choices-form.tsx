"use client";

import {
  NOTIFICATION_KIND_LABELS,
  type NotificationChoices,
  PRICE_LEVEL_MAX_ORE,
  PRICE_LEVEL_MIN_ORE,
} from "@/features/notifications";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";
import { saveNotificationChoices } from "./notification-actions";

const CHECKBOXES = [
  ["tomorrowPrices", "tomorrow-prices"],
  ["inquiryAnswer", "inquiry-answer"],
  ["privacyCompleted", "privacy-completed"],
  ["invoiceIssued", "invoice-issued"],
] as const;

/** Which notifications the customer wants, on every device they turned them on. */
export function NotificationChoicesForm({ choices }: { choices: NotificationChoices }) {
  return (
    <ActionForm action={saveNotificationChoices} submitLabel="Lagre varselvalgene" pendingLabel="Lagrer …">
      {(failure) => (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-lg font-semibold text-slate-900">Hva vil du varsles om?</legend>
          {CHECKBOXES.map(([field, kind]) => (
            <div key={field} className="flex gap-3">
              <input
                type="checkbox"
                id={`varsel-${kind}`}
                name={field}
                defaultChecked={failure?.values ? failure.values[field] === "on" : choices[field]}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={`varsel-${kind}`} className="text-slate-900">
                {NOTIFICATION_KIND_LABELS.get(kind)}
              </label>
            </div>
          ))}
          <div className="max-w-xs">
            <TextField
              name="priceAboveOre"
              label={NOTIFICATION_KIND_LABELS.get("price-above") ?? ""}
              hint={`Øre per kWh med mva., som på Forbruk (${PRICE_LEVEL_MIN_ORE}–${PRICE_LEVEL_MAX_ORE}). La feltet stå tomt for ingen prisvarsler.`}
              inputMode="numeric"
              maxLength={6}
              defaultValue={failure?.values?.priceAboveOre ?? choices.priceAboveOre ?? ""}
              errors={failure?.fieldErrors.priceAboveOre}
            />
          </div>
        </fieldset>
      )}
    </ActionForm>
  );
}

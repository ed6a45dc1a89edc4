"use client";

import { METER_NUMBER_MAX_LENGTH } from "@/features/onboarding";
import { RadioCard } from "@/features/onboarding/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";
import { chooseMeteringPointAction, searchByMeterAction } from "./actions";

/** A metering point Elhub found, in the words the page chose for it. */
export interface PointChoice {
  gsrn: string;
  title: string;
  details: string;
}

/** Step 3: one of the points Elhub found, the first chosen already. */
export function MeteringPointForm({ points }: { points: PointChoice[] }) {
  return (
    <ActionForm action={chooseMeteringPointAction} submitLabel="Velg målepunkt" pendingLabel="Lagrer …">
      {(failure) => {
        const errors = failure?.fieldErrors.gsrn;
        return (
          <fieldset
            aria-describedby={errors?.length ? "gsrn-error" : undefined}
            className="flex flex-col gap-3"
          >
            <legend className="mb-2 font-medium">Målepunkt</legend>
            {points.map((point, i) => (
              <RadioCard
                key={point.gsrn}
                name="gsrn"
                value={point.gsrn}
                label={point.title}
                defaultChecked={i === 0}
              >
                <p>{point.details}</p>
              </RadioCard>
            ))}
            {errors?.length ? (
              <p id="gsrn-error" className="text-sm font-medium text-red-800">
                {errors.join(" ")}
              </p>
            ) : null}
          </fieldset>
        );
      }}
    </ActionForm>
  );
}

/** Step 3, when the point is not among those found: a search by the number on the meter. */
export function MeterSearchForm() {
  return (
    <ActionForm action={searchByMeterAction} submitLabel="Søk med målernummer" pendingLabel="Søker i Elhub …">
      {(failure) => (
        <TextField
          name="meterNumber"
          label="Målernummer"
          hint="Står på strømmåleren og på fakturaen fra nettselskapet."
          autoComplete="off"
          maxLength={METER_NUMBER_MAX_LENGTH}
          defaultValue={failure?.values?.meterNumber}
          errors={failure?.fieldErrors.meterNumber}
        />
      )}
    </ActionForm>
  );
}

"use client";

import { useState } from "react";
import type { SupplyStartChoice } from "@/features/onboarding";
import { RadioCard } from "@/features/onboarding/ui";
import type { FormFailure } from "@/platform/form-state";
import { TextField } from "@/ui/forms/text-field";

/** Oslo calendar date "2026-12-22" as "22.12.2026". */
const shortDate = (iso: string) => iso.split("-").reverse().join(".");

/**
 * When supply starts: after the withdrawal period (the default), or within it at the customer's express
 * request, acknowledging that they then pay for what is supplied if they withdraw. The start date offered
 * follows the choice.
 */
export function SupplyStartFields({
  failure,
  minDate,
  maxDate,
  afterWithdrawal,
  lastWithdrawalDay,
}: {
  failure: FormFailure | undefined;
  minDate: string;
  maxDate: string;
  afterWithdrawal: string;
  lastWithdrawalDay: string;
}) {
  const [choice, setChoice] = useState<SupplyStartChoice>(
    failure?.values?.supplyStart === "within-withdrawal" ? "within-withdrawal" : "after-withdrawal",
  );
  const [date, setDate] = useState(failure?.values?.startDate || afterWithdrawal);
  const min = choice === "after-withdrawal" ? afterWithdrawal : minDate;
  const choose = (next: SupplyStartChoice) => {
    setChoice(next);
    if (next === "after-withdrawal" && date < afterWithdrawal) setDate(afterWithdrawal);
    if (next === "within-withdrawal" && date === afterWithdrawal) setDate(minDate);
  };
  return (
    <>
      <fieldset
        className="flex flex-col gap-3"
        onChange={(event) => {
          const input = event.target;
          if (input instanceof HTMLInputElement && input.name === "supplyStart") {
            choose(input.value as SupplyStartChoice);
          }
        }}
      >
        <legend className="mb-2 font-medium">Når skal vi begynne å levere strøm?</legend>
        <RadioCard
          name="supplyStart"
          value="after-withdrawal"
          label="Etter angrefristen"
          defaultChecked={choice === "after-withdrawal"}
        >
          Leveringen starter tidligst {shortDate(afterWithdrawal)}, dagen etter at angrefristen er ute. Angrer
          du innen fristen, betaler du ingenting.
        </RadioCard>
        <RadioCard
          name="supplyStart"
          value="within-withdrawal"
          label="Før angrefristen er ute"
          defaultChecked={choice === "within-withdrawal"}
        >
          Jeg ber om at leveringen starter før angrefristen er ute (tidligst {shortDate(minDate)}). Jeg vet at
          jeg da må betale for strømmen som er levert fram til jeg eventuelt angrer. Angreretten gjelder
          fortsatt til og med {shortDate(lastWithdrawalDay)}.
        </RadioCard>
        {failure?.fieldErrors.supplyStart && (
          <p className="text-sm font-medium text-red-800">{failure.fieldErrors.supplyStart.join(" ")}</p>
        )}
      </fieldset>
      <TextField
        name="startDate"
        label="Startdato"
        type="date"
        min={min}
        max={maxDate}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        hint={`Fra ${shortDate(min)} til ${shortDate(maxDate)}. Vi melder leverandørbyttet til Elhub. Den tidligere avtalen din slutter samme dag.`}
        errors={failure?.fieldErrors.startDate}
      />
    </>
  );
}

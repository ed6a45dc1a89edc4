"use client";

import { changeProductAction, terminateAction } from "@/app/min-side/avtale/actions";
import { ActionForm } from "@/ui/forms/action-form";
import { ConfirmField } from "@/ui/forms/confirm-field";
import { TextField } from "@/ui/forms/text-field";

export interface ProductChoice {
  value: "SPOT" | "FIXED";
  label: string;
}

export function ProductChangeForm({
  contractId,
  choices,
  earliest,
  latest,
}: {
  contractId: string;
  choices: ProductChoice[];
  earliest: string;
  latest: string;
}) {
  return (
    <ActionForm action={changeProductAction} submitLabel="Bytt produkt" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <input type="hidden" name="contractId" value={contractId} />
          <fieldset className="flex flex-col gap-2">
            <legend className="font-medium">Nytt produkt</legend>
            {choices.map((choice) => (
              <label key={choice.value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="product"
                  value={choice.value}
                  defaultChecked={(failure?.values?.product || choices[0]?.value) === choice.value}
                  className="h-5 w-5"
                />
                {choice.label}
              </label>
            ))}
            {failure?.fieldErrors.product && (
              <p className="text-sm font-medium text-red-800">{failure.fieldErrors.product.join(" ")}</p>
            )}
          </fieldset>
          <TextField
            id={`fra-${contractId}`}
            name="fromDate"
            type="date"
            label="Fra dato"
            hint={`Fra ${earliest.split("-").reverse().join(".")} til ${latest.split("-").reverse().join(".")}.`}
            min={earliest}
            max={latest}
            defaultValue={failure?.values?.fromDate ?? earliest}
            errors={failure?.fieldErrors.fromDate}
          />
          <ConfirmField
            id={`bekreft-bytte-${contractId}`}
            label="Jeg bekrefter at jeg vil bytte produkt fra denne datoen."
            errors={failure?.fieldErrors.confirm}
          />
        </>
      )}
    </ActionForm>
  );
}

export function TerminationForm({
  contractId,
  earliest,
  latest,
}: {
  contractId: string;
  earliest: string;
  latest: string;
}) {
  return (
    <ActionForm action={terminateAction} submitLabel="Si opp avtalen" pendingLabel="Lagrer …">
      {(failure) => (
        <>
          <input type="hidden" name="contractId" value={contractId} />
          <TextField
            id={`slutt-${contractId}`}
            name="endDate"
            type="date"
            label="Avtalen slutter fra og med"
            hint="Den siste dagen vi leverer strøm, er dagen før."
            min={earliest}
            max={latest}
            defaultValue={failure?.values?.endDate ?? earliest}
            errors={failure?.fieldErrors.endDate}
          />
          <ConfirmField
            id={`bekreft-opphor-${contractId}`}
            label="Jeg bekrefter at jeg vil si opp strømavtalen fra denne datoen."
            errors={failure?.fieldErrors.confirm}
          />
        </>
      )}
    </ActionForm>
  );
}

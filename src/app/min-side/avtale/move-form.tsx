"use client";

import { confirmMoveAction, findMoveAction, type MoveFound } from "@/app/min-side/avtale/actions";
import {
  MOVE_HOUSE_NUMBER_MAX_LENGTH,
  MOVE_METER_NUMBER_MAX_LENGTH,
  MOVE_STREET_MAX_LENGTH,
} from "@/features/contracts";
import { norwegianDate, PriceRows } from "@/features/contracts/ui";
import type { FormState } from "@/platform/form-state";
import { placeName } from "@/platform/format/place-name";
import { addDays } from "@/platform/time/oslo-calendar";
import { DetailRow } from "@/ui/detail-row";
import { DigitGroups } from "@/ui/digit-groups";
import { ActionForm } from "@/ui/forms/action-form";
import { ConfirmField } from "@/ui/forms/confirm-field";
import { TextField } from "@/ui/forms/text-field";

const ADDRESS_FIELDS = [
  {
    name: "streetName",
    idPrefix: "gate",
    label: "Gatenavn",
    autoComplete: "address-line1",
    maxLength: MOVE_STREET_MAX_LENGTH,
  },
  { name: "houseNumber", idPrefix: "husnummer", label: "Husnummer", maxLength: MOVE_HOUSE_NUMBER_MAX_LENGTH },
  {
    name: "postalCode",
    idPrefix: "postnummer",
    label: "Postnummer",
    autoComplete: "postal-code",
    inputMode: "numeric",
    maxLength: 4,
  },
] as const;

const shortDate = (iso: string) => iso.split("-").reverse().join(".");

/**
 * Step 1 asks Elhub for the metering point at the new address; what it found is shown below with the
 * confirm form (step 2), which posts the same search again. The typed address stays in the fields.
 */
export function MoveForm({
  contractId,
  earliest,
  latest,
  suggested,
}: {
  contractId: string;
  earliest: string;
  latest: string;
  suggested: string;
}) {
  return (
    <ActionForm
      action={findMoveAction}
      submitLabel="Finn målepunktet"
      pendingLabel="Spør Elhub …"
      after={(state) => (state?.ok ? <MoveConfirmation found={state} /> : null)}
    >
      {(failure, state) => {
        // After a search the fields keep what was searched for; after a failure, what was typed.
        const typed = failure?.values ?? (state?.ok ? textValues(state) : {});
        return (
          <>
            <input type="hidden" name="contractId" value={contractId} />
            <TextField
              id={`flyttedato-${contractId}`}
              name="moveDate"
              type="date"
              label="Flyttedato"
              hint={`Den første dagen du bor på den nye adressen, fra ${shortDate(earliest)} til ${shortDate(latest)}.`}
              min={earliest}
              max={latest}
              defaultValue={typed.moveDate ?? suggested}
              errors={failure?.fieldErrors.moveDate}
            />
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
              {ADDRESS_FIELDS.map(({ name, idPrefix, ...field }) => (
                <TextField
                  key={name}
                  id={`${idPrefix}-${contractId}`}
                  name={name}
                  {...field}
                  defaultValue={typed[name] ?? ""}
                  errors={failure?.fieldErrors[name]}
                />
              ))}
            </div>
            <TextField
              id={`maler-${contractId}`}
              name="meterNumber"
              label="Målernummer (valgfritt)"
              hint="Står på måleren. Bruk det hvis det er flere boliger på adressen."
              maxLength={MOVE_METER_NUMBER_MAX_LENGTH}
              defaultValue={typed.meterNumber ?? ""}
              errors={failure?.fieldErrors.meterNumber}
            />
          </>
        );
      }}
    </ActionForm>
  );
}

function textValues(found: MoveFound): Record<string, string> {
  const { query } = found;
  return {
    moveDate: query.moveDate,
    streetName: query.streetName,
    houseNumber: query.houseNumber,
    postalCode: query.postalCode,
    meterNumber: query.meterNumber ?? "",
  };
}

function MoveConfirmation({ found }: { found: Extract<FormState<MoveFound>, { ok: true }> }) {
  const { targets, terms, query } = found;
  const single = targets.length === 1 ? targets[0] : undefined;
  return (
    <section
      aria-labelledby={`funnet-${query.contractId}`}
      className="mt-6 flex flex-col gap-4 rounded-md border border-brand-700 bg-brand-50 p-4"
    >
      <h4 id={`funnet-${query.contractId}`} className="text-lg font-semibold text-slate-900">
        Dette fant vi i Elhub
      </h4>
      {targets.map((target) => (
        <dl key={target.gsrn} className="divide-y divide-slate-200 rounded-md bg-white px-3">
          <DetailRow label="Adresse">{`${target.street}, ${target.postalCode} ${placeName(target.city)}`}</DetailRow>
          <DetailRow label="Målepunkt-ID">
            <DigitGroups value={target.gsrn} />
          </DetailRow>
          <DetailRow label="Nettselskap">{target.gridCompany}</DetailRow>
          <DetailRow label="Prisområde">{target.priceArea}</DetailRow>
          <DetailRow label="Merverdiavgift">{target.vatExempt ? "Fritatt (Nord-Norge)" : "25 %"}</DetailRow>
          <PriceRows terms={terms} vatExempt={target.vatExempt} vatBasisPoints={terms.vatBasisPoints} />
        </dl>
      ))}
      <p className="text-sm text-slate-700">
        Avtalen din følger med på de samme vilkårene fra {norwegianDate(query.moveDate)}. Siste dag med strøm
        fra oss på den gamle adressen er {norwegianDate(addDays(query.moveDate, -1))}. Norgespris hører til
        målepunktet: har du den i dag, avtaler du den på nytt med nettselskapet på den nye adressen.
      </p>
      <ActionForm action={confirmMoveAction} submitLabel="Bekreft flyttingen" pendingLabel="Registrerer …">
        {(failure) => (
          <>
            {Object.entries(textValues(found)).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <input type="hidden" name="contractId" value={query.contractId} />
            {single ? (
              <input type="hidden" name="gsrn" value={single.gsrn} />
            ) : (
              <fieldset className="flex flex-col gap-2">
                <legend className="font-medium">Hvilket målepunkt flytter du til?</legend>
                {targets.map((target, i) => (
                  <label key={target.gsrn} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name="gsrn"
                      value={target.gsrn}
                      defaultChecked={(failure?.values?.gsrn || targets[0]?.gsrn) === target.gsrn}
                      className="h-5 w-5"
                    />
                    {`Målepunkt ${i + 1}: målernummer ${target.meterNumber}`}
                  </label>
                ))}
              </fieldset>
            )}
            <ConfirmField
              id={`bekreft-flytting-${query.contractId}`}
              label="Jeg bekrefter at jeg flytter, og at strømavtalen skal følge meg til denne adressen fra flyttedatoen."
              errors={failure?.fieldErrors.confirm}
            />
          </>
        )}
      </ActionForm>
    </section>
  );
}

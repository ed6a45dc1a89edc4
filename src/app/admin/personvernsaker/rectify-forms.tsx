"use client";

import { checkRegisterAction, resolveRectificationAction } from "@/app/admin/personvernsaker/actions";
import {
  type CorrectedValue,
  REASON_MAX_LENGTH,
  type RectificationSource,
  SUGGESTED_ANSWERS,
} from "@/features/privacy";
import { ActionForm } from "@/ui/forms/action-form";
import { ConfirmField } from "@/ui/forms/confirm-field";
import { TextAreaField } from "@/ui/forms/text-area-field";
import { TextField } from "@/ui/forms/text-field";

type Values = Record<"firstName" | "lastName" | "street" | "postalCode" | "city", string>;

const FIELDS = {
  name: [
    { name: "firstName", label: "Fornavn", maxLength: 100 },
    { name: "lastName", label: "Etternavn", maxLength: 100 },
  ],
  address: [
    { name: "street", label: "Gateadresse", maxLength: 200 },
    { name: "postalCode", label: "Postnummer", maxLength: 4, inputMode: "numeric" },
    { name: "city", label: "Poststed", maxLength: 100 },
  ],
} as const;

/**
 * Corrects the field and completes the request. The answer suggested claims a check against
 * Folkeregisteret only on the form filled from its answer, and the server checks that claim again.
 */
export function RectifyForm({
  requestId,
  field,
  values,
  source,
  recipients,
}: {
  requestId: string;
  field: CorrectedValue["field"];
  values: Partial<Values>;
  source: RectificationSource;
  /** Who got the old value (Art. 19): staff confirm they have told them. */
  recipients: string;
}) {
  return (
    <ActionForm
      action={resolveRectificationAction}
      submitLabel={source === "register" ? "Rett etter Folkeregisteret og fullfør" : "Rett og fullfør"}
      pendingLabel="Lagrer …"
    >
      {(failure) => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="field" value={field} />
          <input type="hidden" name="source" value={source} />
          {FIELDS[field].map((input) => (
            <TextField
              key={input.name}
              id={`${source}-${input.name}`}
              name={input.name}
              label={input.label}
              maxLength={input.maxLength}
              inputMode={"inputMode" in input ? input.inputMode : undefined}
              defaultValue={failure?.values?.[input.name] ?? values[input.name]}
              errors={failure?.fieldErrors[input.name]}
            />
          ))}
          <TextAreaField
            name="reason"
            id={`${source}-svar`}
            label="Svar til kunden"
            maxLength={REASON_MAX_LENGTH}
            defaultValue={failure?.values?.reason ?? SUGGESTED_ANSWERS[source]}
            errors={failure?.fieldErrors.reason}
          />
          <ConfirmField
            id={`${source}-mottakere`}
            label={`${recipients} har fått den rettede opplysningen (personvernforordningen artikkel 19).`}
            errors={failure?.fieldErrors.confirm}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Asks Folkeregisteret, shows its answer, and offers to correct the field to it. */
export function RegisterCheck({
  requestId,
  field,
  recipients,
}: {
  requestId: string;
  field: CorrectedValue["field"];
  recipients: string;
}) {
  return (
    <ActionForm
      action={checkRegisterAction}
      submitLabel="Slå opp i Folkeregisteret"
      pendingLabel="Slår opp …"
      replaceOnSuccess={({ registered }) => {
        const { field: _field, ...values } = registered;
        return (
          <div className="flex flex-col gap-4">
            <h4 className="font-semibold">Folkeregisteret sier</h4>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {FIELDS[registered.field].map((input) => (
                <div key={input.name} className="contents">
                  <dt className="font-medium text-slate-700">{input.label}</dt>
                  <dd>{(values as Partial<Values>)[input.name]}</dd>
                </div>
              ))}
            </dl>
            <RectifyForm
              requestId={requestId}
              field={field}
              values={values}
              source="register"
              recipients={recipients}
            />
          </div>
        );
      }}
    >
      {() => (
        <>
          <input type="hidden" name="requestId" value={requestId} />
          <p className="text-slate-700">
            Oppslaget føres i revisjonsloggen. Svaret vises her; ingenting blir lagret før du retter.
          </p>
        </>
      )}
    </ActionForm>
  );
}

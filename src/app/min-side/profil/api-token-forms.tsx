"use client";

import { createApiTokenAction, revokeApiTokenAction } from "@/app/min-side/profil/api-token-actions";
import {
  API_SCOPE_DESCRIPTIONS,
  API_SCOPES,
  API_TOKEN_LIFETIMES_DAYS,
  API_TOKEN_NAME_MAX_LENGTH,
  scopeField,
} from "@/features/api-tokens";
import { CreatedToken } from "@/features/api-tokens/ui";
import { API_SCOPE_LABELS } from "@/platform/format/labels";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";

const DEFAULT_LIFETIME = "90";

/** Name, what it may read (at least one) and how long it lives; the token then takes the form's place. */
export function CreateApiTokenForm() {
  return (
    <ActionForm
      action={createApiTokenAction}
      submitLabel="Lag API-nøkkel"
      pendingLabel="Lager nøkkelen …"
      replaceOnSuccess={(state) => (
        <CreatedToken token={state.token} name={state.name} expiresAt={state.expiresAt} />
      )}
    >
      {(failure) => {
        const values = failure?.values;
        const scopeErrors = failure?.fieldErrors.scopes;
        return (
          <>
            <TextField
              name="name"
              id="api-nokkel-navn"
              label="Navn på nøkkelen"
              hint="Så du kjenner den igjen, for eksempel «Hjemmeautomasjon»."
              maxLength={API_TOKEN_NAME_MAX_LENGTH}
              autoComplete="off"
              defaultValue={values?.name}
              errors={failure?.fieldErrors.name}
            />
            <fieldset
              className="flex flex-col gap-2"
              aria-describedby={scopeErrors?.length ? "api-nokkel-tilgang-feil" : undefined}
            >
              <legend className="font-medium">Hva nøkkelen kan lese</legend>
              {API_SCOPES.map((scope) => (
                <label key={scope} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name={scopeField(scope)}
                    defaultChecked={values ? values[scopeField(scope)] !== "" : false}
                    className="mt-0.5 size-5 shrink-0"
                  />
                  <span>
                    <span className="font-medium">{API_SCOPE_LABELS[scope]}</span>:{" "}
                    {API_SCOPE_DESCRIPTIONS[scope]}
                  </span>
                </label>
              ))}
              {scopeErrors?.length ? (
                <p id="api-nokkel-tilgang-feil" className="text-sm font-medium text-red-800">
                  {scopeErrors.join(" ")}
                </p>
              ) : null}
            </fieldset>
            <fieldset className="flex flex-col gap-2">
              <legend className="font-medium">Gyldig i</legend>
              {API_TOKEN_LIFETIMES_DAYS.map((days) => (
                <label key={days} className="flex items-start gap-2">
                  <input
                    type="radio"
                    name="lifetimeDays"
                    value={days}
                    defaultChecked={(values?.lifetimeDays || DEFAULT_LIFETIME) === String(days)}
                    className="mt-0.5 size-5 shrink-0"
                  />
                  {days} dager
                </label>
              ))}
              {failure?.fieldErrors.lifetimeDays && (
                <p className="text-sm font-medium text-red-800">
                  {failure.fieldErrors.lifetimeDays.join(" ")}
                </p>
              )}
            </fieldset>
          </>
        );
      }}
    </ActionForm>
  );
}

/** One token's "Trekk tilbake": the use case checks that the token is the customer's own. */
export function RevokeApiTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  return (
    <ActionForm
      action={revokeApiTokenAction}
      submitLabel={`Trekk tilbake «${name}»`}
      pendingLabel="Trekker tilbake …"
    >
      {() => <input type="hidden" name="tokenId" value={tokenId} />}
    </ActionForm>
  );
}

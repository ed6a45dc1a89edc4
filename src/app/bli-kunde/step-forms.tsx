"use client";

import type { ReactNode } from "react";
import {
  chooseMeteringPointAction,
  completeAction,
  searchByMeterAction,
  startAction,
} from "@/app/bli-kunde/actions";
import {
  CITY_MAX_LENGTH,
  LOOKUPS,
  METER_NUMBER_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  STREET_MAX_LENGTH,
} from "@/features/onboarding";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { NewPasswordFields } from "@/features/sign-in/ui";
import type { FormState } from "@/platform/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";

/** A step that is one button: retry, run the check, ask for a review, start over. */
export function ButtonForm<T extends object>({
  action,
  label,
  pending,
}: {
  action: (state: FormState<T>, form: FormData) => Promise<FormState<T>>;
  label: string;
  pending: string;
}) {
  return (
    <ActionForm action={action} submitLabel={label} pendingLabel={pending}>
      {() => null}
    </ActionForm>
  );
}

function Checkbox({
  name,
  label,
  purpose,
  defaultValue,
  errors,
}: {
  name: string;
  label: string;
  purpose: string;
  defaultValue?: string;
  errors?: string[];
}) {
  const id = `field-${name}`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        required
        defaultChecked={defaultValue === "on"}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[`${id}-purpose`, errorId].filter(Boolean).join(" ")}
        className="mt-1 size-5 shrink-0"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <p id={`${id}-purpose`} className="text-sm text-slate-700">
          {purpose}
        </p>
        {errorId && (
          <p id={errorId} className="text-sm font-medium text-red-800">
            {errors?.join(" ")}
          </p>
        )}
      </div>
    </div>
  );
}

export function ApplicantForm() {
  return (
    <ActionForm action={startAction} submitLabel="Gå videre" pendingLabel="Sjekker opplysningene …">
      {(failure) => {
        const field = (name: string) => ({
          name,
          defaultValue: failure?.values?.[name],
          errors: failure?.fieldErrors[name],
        });
        return (
          <>
            <TextField
              label="Fornavn"
              autoComplete="given-name"
              maxLength={NAME_MAX_LENGTH}
              required
              {...field("firstName")}
            />
            <TextField
              label="Etternavn"
              autoComplete="family-name"
              maxLength={NAME_MAX_LENGTH}
              required
              {...field("lastName")}
            />
            <TextField
              label="Fødselsnummer eller D-nummer"
              hint="11 siffer. Vi bruker det til identitetssjekk, kredittsjekk og for å finne målepunktet ditt, og lagrer det kryptert."
              inputMode="numeric"
              autoComplete="off"
              maxLength={32}
              required
              {...field("nationalId")}
            />
            <TextField
              label="E-post"
              type="email"
              autoComplete="email"
              maxLength={EMAIL_MAX_LENGTH}
              required
              {...field("email")}
            />
            <TextField
              label="Mobilnummer"
              type="tel"
              autoComplete="tel-national"
              maxLength={PHONE_MAX_LENGTH}
              hint="Norsk mobilnummer, 8 siffer."
              required
              {...field("phone")}
            />
            <TextField
              label="Adresse der du skal ha strøm"
              hint="Gate og husnummer, for eksempel Eksempelveien 12B."
              autoComplete="street-address"
              maxLength={STREET_MAX_LENGTH}
              required
              {...field("street")}
            />
            <TextField
              label="Postnummer"
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={10}
              required
              {...field("postalCode")}
            />
            <TextField
              label="Poststed"
              autoComplete="address-level2"
              maxLength={CITY_MAX_LENGTH}
              required
              {...field("city")}
            />
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-lg font-semibold">Oppslag og vilkår</legend>
              <p className="text-sm text-slate-700">
                Alle fire er nødvendige for å bli kunde på nett. Du velger selv om du vil gi dem; uten dem kan
                vi ikke opprette avtalen her, men du kan ringe kundeservice.
              </p>
              <Checkbox {...LOOKUPS.folkeregister} {...field("consentFolkeregister")} />
              <Checkbox {...LOOKUPS.elhub} {...field("consentElhub")} />
              <Checkbox {...LOOKUPS.experian} {...field("consentExperian")} />
              <Checkbox {...LOOKUPS.terms} {...field("acceptTerms")} />
            </fieldset>
          </>
        );
      }}
    </ActionForm>
  );
}

/** One choice of a radio group as a bordered card: the label, and details read with it. */
function RadioCard({
  name,
  value,
  label,
  defaultChecked,
  children,
}: {
  name: string;
  value: string;
  label: string;
  defaultChecked: boolean;
  children: ReactNode;
}) {
  const id = `${name}-${value}`;
  return (
    <div className="flex gap-3 rounded-md border border-slate-300 p-3">
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-describedby={`${id}-details`}
        className="mt-1 size-5 shrink-0"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <div id={`${id}-details`} className="text-sm text-slate-700">
          {children}
        </div>
      </div>
    </div>
  );
}

export interface PointChoice {
  gsrn: string;
  title: string;
  details: string;
}

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

export interface ProductChoice {
  id: "SPOT" | "FIXED";
  name: string;
  description: string;
  prices: string[];
}

export function CompleteForm({
  products,
  minDate,
  maxDate,
}: {
  products: ProductChoice[];
  minDate: string;
  maxDate: string;
}) {
  return (
    <ActionForm action={completeAction} submitLabel="Bli kunde" pendingLabel="Oppretter avtalen …">
      {(failure) => (
        <>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 font-medium">Strømavtale</legend>
            {products.map((product) => (
              <RadioCard
                key={product.id}
                name="product"
                value={product.id}
                label={product.name}
                defaultChecked={(failure?.values?.product ?? "SPOT") === product.id}
              >
                <p>{product.description}</p>
                <ul className="mt-1 list-disc pl-5">
                  {product.prices.map((price) => (
                    <li key={price}>{price}</li>
                  ))}
                </ul>
              </RadioCard>
            ))}
          </fieldset>
          <TextField
            name="startDate"
            label="Startdato"
            type="date"
            min={minDate}
            max={maxDate}
            defaultValue={failure?.values?.startDate ?? minDate}
            hint="Vi melder leverandørbyttet til Elhub. Den tidligere avtalen din slutter samme dag."
            errors={failure?.fieldErrors.startDate}
          />
          <NewPasswordFields
            name="password"
            errors={failure?.fieldErrors.password}
            repeatErrors={failure?.fieldErrors.repeatPassword}
          />
        </>
      )}
    </ActionForm>
  );
}

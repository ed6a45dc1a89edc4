"use client";

import { RadioCard } from "@/features/onboarding/ui";
import { NewPasswordFields } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";
import { completeAction } from "./actions";

/** A product on offer, with its prices worded by the page. */
export interface ProductChoice {
  id: "SPOT" | "FIXED";
  name: string;
  description: string;
  prices: string[];
}

/** The last step: product, start date and password make the customer. */
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

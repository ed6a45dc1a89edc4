"use client";

import { RadioCard } from "@/features/onboarding/ui";
import { NewPasswordFields } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { completeAction } from "./actions";
import { SupplyStartFields } from "./supply-start-fields";

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
  afterWithdrawal,
  lastWithdrawalDay,
}: {
  products: ProductChoice[];
  minDate: string;
  maxDate: string;
  /** The first start date after the withdrawal period, and the period's last day. */
  afterWithdrawal: string;
  lastWithdrawalDay: string;
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
          <SupplyStartFields
            failure={failure}
            minDate={minDate}
            maxDate={maxDate}
            afterWithdrawal={afterWithdrawal}
            lastWithdrawalDay={lastWithdrawalDay}
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

"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { type CustomerSearchState, searchCustomersAction } from "./actions";

export function CustomerSearch() {
  const [state, formAction] = useActionState<CustomerSearchState, FormData>(searchCustomersAction, null);
  const lastQuery = state?.ok ? state.query : (state?.values?.q ?? "");

  return (
    <div className="space-y-5">
      <form action={formAction} className="space-y-3">
        <div className="max-w-md">
          <TextField
            // A new key per result keeps what was searched for in the field after React resets the form.
            key={lastQuery}
            name="q"
            type="search"
            label="Søk etter kunde"
            hint="Navn, kundenummer, e-post eller mobilnummer."
            autoComplete="off"
            maxLength={100}
            required
            defaultValue={lastQuery}
            errors={state?.ok === false ? state.fieldErrors.q : undefined}
          />
        </div>
        <SubmitButton pendingText="Søker …">Søk</SubmitButton>
      </form>

      <FormStatus state={state} />

      {state?.ok && state.results.length > 0 && (
        <DataTable
          id="sokeresultat"
          caption={`Kunder som passer til «${state.query}»`}
          columns={["Navn", "Kundenummer", "Sted", "Status"]}
          minWidthClass="min-w-[32rem]"
        >
          {state.results.map((customer) => (
            <tr key={customer.id}>
              <RowHeader className="font-medium">{customer.name}</RowHeader>
              <Cell className="tabular-nums">{customer.customerNumber}</Cell>
              <Cell>{customer.city}</Cell>
              <Cell>{customer.status}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}

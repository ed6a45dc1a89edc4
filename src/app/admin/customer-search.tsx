"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { CUSTOMER_QUERY_MAX_LENGTH } from "@/domain/customer-search";
import { searchCustomersAction } from "./actions";

export function CustomerSearch() {
  return (
    <div className="space-y-5">
      <ActionForm
        action={searchCustomersAction}
        submitLabel="Søk"
        pendingLabel="Søker …"
        after={(state) =>
          state?.ok &&
          state.results.length > 0 && (
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
          )
        }
      >
        {(failure, state) => {
          const lastQuery = state?.ok ? state.query : (failure?.values?.q ?? "");
          return (
            <div className="max-w-md">
              <TextField
                // A new key per result keeps what was searched for in the field after React resets the form.
                key={lastQuery}
                name="q"
                type="search"
                label="Søk etter kunde"
                hint="Navn, kundenummer, e-post eller mobilnummer."
                autoComplete="off"
                maxLength={CUSTOMER_QUERY_MAX_LENGTH}
                required
                defaultValue={lastQuery}
                errors={failure?.fieldErrors.q}
              />
            </div>
          );
        }}
      </ActionForm>
    </div>
  );
}

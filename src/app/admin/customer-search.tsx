"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TableScroller } from "@/components/ui/table-scroller";
import { type CustomerSearchState, searchCustomersAction } from "./actions";

const th = "border-b-2 border-slate-300 px-3 py-2 text-left font-semibold";
const td = "border-b border-slate-200 px-3 py-2";

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
        <TableScroller labelledBy="sokeresultat">
          <table className="w-full min-w-[32rem] border-collapse bg-white text-left">
            <caption id="sokeresultat" className="mb-2 text-left text-lg font-semibold text-slate-900">
              Kunder som passer til «{state.query}»
            </caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Navn
                </th>
                <th scope="col" className={th}>
                  Kundenummer
                </th>
                <th scope="col" className={th}>
                  Sted
                </th>
                <th scope="col" className={th}>
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {state.results.map((customer) => (
                <tr key={customer.id}>
                  <th scope="row" className={`${td} font-medium`}>
                    {customer.name}
                  </th>
                  <td className={`${td} tabular-nums`}>{customer.customerNumber}</td>
                  <td className={td}>{customer.city}</td>
                  <td className={td}>{customer.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </div>
  );
}

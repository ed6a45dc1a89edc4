"use client";

import Link from "next/link";
import { searchCustomersAction } from "@/app/admin/actions";
import { CUSTOMER_QUERY_MAX_LENGTH } from "@/features/customers";
import { AccessReasonField } from "@/features/customers/ui";
import { CUSTOMER_STATUS_LABELS } from "@/platform/format/labels";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";

const FORM_ID = "kundesok";
const PAGER_BUTTON = "font-medium text-brand-700 underline hover:no-underline";

export function CustomerSearch() {
  return (
    <div className="space-y-5">
      <ActionForm
        id={FORM_ID}
        action={searchCustomersAction}
        submitLabel="Søk"
        pendingLabel="Søker …"
        after={(state) =>
          state?.ok &&
          state.results.length > 0 && (
            <div>
              <DataTable
                id="sokeresultat"
                caption={`Kunder som passer til «${state.query}»`}
                columns={["Navn", "Kundenummer", "Sted", "Status"]}
                minWidthClass="min-w-[32rem]"
              >
                {state.results.map((customer) => (
                  <tr key={customer.id}>
                    <RowHeader className="font-medium">
                      <Link
                        href={`/admin/kunder/${customer.id}?grunn=${state.reason}`}
                        className="text-brand-800 underline hover:no-underline"
                      >
                        {customer.name}
                      </Link>
                    </RowHeader>
                    <Cell className="tabular-nums">{customer.customerNumber}</Cell>
                    <Cell>{customer.city}</Cell>
                    <Cell>{CUSTOMER_STATUS_LABELS[customer.status]}</Cell>
                  </tr>
                ))}
              </DataTable>
              {state.pageCount > 1 && (
                // Buttons of the search form (form=…): a page is a new, audited search, never a link with the query in it.
                <div className="mt-4 flex flex-wrap items-center gap-4">
                  {state.page > 1 && (
                    <button
                      type="submit"
                      form={FORM_ID}
                      name="page"
                      value={state.page - 1}
                      className={PAGER_BUTTON}
                    >
                      Forrige side
                    </button>
                  )}
                  <span className="text-slate-700">
                    Side {state.page} av {state.pageCount}
                  </span>
                  {state.page < state.pageCount && (
                    <button
                      type="submit"
                      form={FORM_ID}
                      name="page"
                      value={state.page + 1}
                      className={PAGER_BUTTON}
                    >
                      Neste side
                    </button>
                  )}
                </div>
              )}
            </div>
          )
        }
      >
        {(failure, state) => {
          const lastQuery = state?.ok ? state.query : (failure?.values?.q ?? "");
          const lastReason = state?.ok ? state.reason : failure?.values?.reason;
          return (
            <div className="flex max-w-md flex-col gap-5" key={`${lastQuery}|${lastReason}`}>
              {/* A new key per result keeps what was searched for in the fields after React resets the form. */}
              <TextField
                name="q"
                type="search"
                label="Søk etter kunde"
                hint="Navn, kundenummer, e-post, mobilnummer, fødselsnummer, målepunkt-ID eller målernummer."
                autoComplete="off"
                maxLength={CUSTOMER_QUERY_MAX_LENGTH}
                required
                defaultValue={lastQuery}
                errors={failure?.fieldErrors.q}
              />
              <AccessReasonField
                id="sok-grunn"
                defaultValue={lastReason}
                errors={failure?.fieldErrors.reason}
              />
            </div>
          );
        }}
      </ActionForm>
    </div>
  );
}

"use server";

import { CUSTOMER_QUERY_MAX_LENGTH, ZCustomerSearch } from "@/domain/customer-search";
import type { FormState } from "@/lib/form-state";
import { requireStaff } from "@/server/auth/guards";
import { formAction } from "@/server/form-action";
import { type CustomerSearchResult, searchCustomers } from "@/server/services/customer-search";

export type CustomerSearchState = FormState<{
  query: string;
  results: CustomerSearchResult[];
  truncated: boolean;
}>;

function resultMessage(count: number, truncated: boolean): string {
  if (count === 0) return "Fant ingen kunder. Prøv et annet navn, kundenummer, e-post eller mobilnummer.";
  if (truncated) return `Viser de ${count} første treffene. Gjør søket mer presist for å finne flere.`;
  return count === 1 ? "Fant 1 kunde." : `Fant ${count} kunder.`;
}

export const searchCustomersAction = formAction({
  event: "customer-search",
  guard: () => requireStaff(),
  schema: ZCustomerSearch,
  echo: { q: CUSTOMER_QUERY_MAX_LENGTH },
  run: async (input, staff) => ({ ok: true as const, ...(await searchCustomers(staff, input.q)) }),
  failures: {},
  done: ({ results, truncated }, input): CustomerSearchState => ({
    ok: true,
    message: resultMessage(results.length, truncated),
    query: input.q,
    results,
    truncated,
  }),
});

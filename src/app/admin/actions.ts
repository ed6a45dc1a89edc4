"use server";

import {
  type AccessReason,
  CUSTOMER_QUERY_MAX_LENGTH,
  SEARCH_MATCH_CAP,
  ZCustomerSearch,
} from "@/features/customers";
import { type CustomerSearchOutcome, searchCustomers } from "@/features/customers/server";
import { requireStaff } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";
import type { FormState } from "@/platform/form-state";

export type CustomerSearchState = FormState<CustomerSearchOutcome & { query: string; reason: AccessReason }>;

function resultMessage({ total, page, pageCount, capped }: CustomerSearchOutcome): string {
  if (total === 0)
    return "Fant ingen kunder. Prøv et annet navn, kundenummer, e-post, mobilnummer, fødselsnummer, målepunkt-ID eller målernummer.";
  if (capped)
    return `Fant flere enn ${SEARCH_MATCH_CAP} kunder, og viser ${SEARCH_MATCH_CAP} av dem. Gjør søket mer presist.`;
  const found = total === 1 ? "Fant 1 kunde." : `Fant ${total} kunder.`;
  return pageCount > 1 ? `${found} Viser side ${page} av ${pageCount}.` : found;
}

export const searchCustomersAction = formAction({
  event: "customer-search",
  guard: () => requireStaff(),
  schema: ZCustomerSearch,
  echo: { q: CUSTOMER_QUERY_MAX_LENGTH, reason: 40 },
  run: async (input, staff) => ({ ok: true as const, ...(await searchCustomers(staff, input)) }),
  failures: {},
  done: ({ ok: _ok, ...outcome }, input): CustomerSearchState => ({
    ok: true,
    message: resultMessage(outcome),
    query: input.q,
    reason: input.reason,
    ...outcome,
  }),
});

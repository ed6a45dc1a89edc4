"use server";

import { z } from "zod";
import { type FormState, failed, formValues, invalid } from "@/lib/form-state";
import { requireStaff } from "@/server/auth/guards";
import { type CustomerSearchResult, searchCustomers } from "@/server/services/customer-search";

export type CustomerSearchState =
  | Exclude<FormState, { ok: true }>
  | { ok: true; message: string; query: string; results: CustomerSearchResult[]; truncated: boolean };

const ZCustomerSearch = z.object({
  q: z
    .string({ error: "Skriv hva du vil søke etter." })
    .trim()
    .min(2, "Skriv minst 2 tegn.")
    .max(100, "Søket kan være høyst 100 tegn."),
});

function resultMessage(count: number, truncated: boolean): string {
  if (count === 0) return "Fant ingen kunder. Prøv et annet navn, kundenummer, e-post eller mobilnummer.";
  if (truncated) return `Viser de ${count} første treffene. Gjør søket mer presist for å finne flere.`;
  return count === 1 ? "Fant 1 kunde." : `Fant ${count} kunder.`;
}

export async function searchCustomersAction(
  _previous: CustomerSearchState,
  form: FormData,
): Promise<CustomerSearchState> {
  const staff = await requireStaff();
  const values = formValues(form);
  // Echo at most what the field accepts: the form shows it back, and a 10,000-character paste need not travel twice.
  const echo = { q: (values.q ?? "").slice(0, 100) };
  const input = ZCustomerSearch.safeParse(values);
  if (!input.success) return invalid(input.error, echo) as CustomerSearchState;

  try {
    const { results, truncated } = await searchCustomers(staff, input.data.q);
    return {
      ok: true,
      message: resultMessage(results.length, truncated),
      query: input.data.q,
      results,
      truncated,
    };
  } catch (error) {
    // The query may be a name or phone number: log only that the search failed.
    console.error("customer search failed", error instanceof Error ? error.name : "unknown error");
    return failed("Søket kunne ikke gjennomføres akkurat nå. Prøv igjen.", echo) as CustomerSearchState;
  }
}

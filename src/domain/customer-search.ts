// What staff may type into the customer search, shared by the form and the action.
import { z } from "zod";

export const CUSTOMER_QUERY_MAX_LENGTH = 100;

export const ZCustomerSearch = z.object({
  q: z
    .string({ error: "Skriv hva du vil søke etter." })
    .trim()
    .min(2, "Skriv minst 2 tegn.")
    .max(CUSTOMER_QUERY_MAX_LENGTH, `Søket kan være høyst ${CUSTOMER_QUERY_MAX_LENGTH} tegn.`),
});

"use server";

import { ZNationalIdReveal } from "@/domain/customer-search";
import type { FormState } from "@/lib/form-state";
import { requireStaff } from "@/server/auth/guards";
import { formAction } from "@/server/form-action";
import { revealNationalId } from "@/server/services/customer-view";

export const revealNationalIdAction = formAction({
  event: "customer.national-id.reveal",
  guard: () => requireStaff(),
  schema: ZNationalIdReveal,
  echo: { reason: 40 },
  run: (input, staff) => revealNationalId(staff, input),
  failures: { "not-found": "Fant ikke kunden." },
  done: ({ nationalId }): FormState<{ nationalId: string }> => ({
    ok: true,
    message: "Fødselsnummeret vises, og visningen er ført i revisjonsloggen.",
    nationalId,
  }),
});

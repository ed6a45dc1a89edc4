"use server";

import { ZNationalIdReveal } from "@/features/customers";
import { revealNationalId } from "@/features/customers/server";
import { requireStaff } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";
import type { FormState } from "@/platform/form-state";

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

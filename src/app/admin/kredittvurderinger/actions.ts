"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decideReviewCase } from "@/features/onboarding/server";
import { requireStaff } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";

export const decideReviewAction = formAction({
  event: "credit-review.decide",
  guard: () => requireStaff("SUPPORT"),
  schema: z.object({
    caseId: z.uuid({ error: "Ukjent sak." }),
    decision: z.enum(["APPROVED", "DECLINED"], { error: "Velg godkjenn eller avslå." }),
  }),
  run: (input, staff) => decideReviewCase(staff, input),
  failures: {
    "not-found": "Saken finnes ikke lenger. Søknaden kan være slettet.",
    "already-decided": "Saken er allerede vurdert av en annen saksbehandler.",
  },
  done: (_, input) => {
    revalidatePath("/admin/kredittvurderinger");
    return {
      ok: true,
      message: input.decision === "APPROVED" ? "Søknaden er godkjent." : "Søknaden er avslått.",
    };
  },
});

"use server";

import { redirect } from "next/navigation";
import { STEP_UP_CODE_FAILURE_MESSAGES, ZStepUpCode } from "@/features/second-factor";
import { confirmIdentityWithCode } from "@/features/second-factor/server";
import { homePathFor, STEP_UP_PAGE, stepUpReturnPath } from "@/features/sign-in";
import { requireSignedIn } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";

/** Step-up with a current code from the authenticator app; back to where the user was going. */
export const confirmIdentityWithCodeAction = formAction({
  event: "step-up.code",
  guard: () => requireSignedIn(STEP_UP_PAGE),
  schema: ZStepUpCode,
  run: async (input, session) => {
    const result = await confirmIdentityWithCode(session, input.code);
    return result.ok ? { ok: true as const, home: homePathFor(session.role) } : result;
  },
  failures: STEP_UP_CODE_FAILURE_MESSAGES,
  done: ({ home }, input) => redirect(stepUpReturnPath(input.tilbake) ?? home),
});

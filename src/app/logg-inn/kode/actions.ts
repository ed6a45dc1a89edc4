"use server";

import { redirect } from "next/navigation";
import { CODE_FAILURE_MESSAGES, withReturnPath, ZSecondFactorSignIn } from "@/features/second-factor";
import { requirePendingSecondFactor } from "@/features/second-factor/routes";
import { verifySecondFactor } from "@/features/second-factor/server";
import { safeReturnPath } from "@/features/sign-in";
import { formAction } from "@/platform/form-action";

export const verifySignInCode = formAction({
  event: "second-factor.sign-in",
  guard: () => requirePendingSecondFactor("code"),
  schema: ZSecondFactorSignIn,
  run: (input, session) => verifySecondFactor(session, input.code),
  failures: {
    ...CODE_FAILURE_MESSAGES,
    // An administrator reset the second factor between the password and the code.
    "not-enrolled": "Innloggingen må begynne på nytt. Last siden på nytt og logg inn igjen.",
  },
  // The login page sends a fully signed-in user on: to the return path, or home by role.
  done: (_result, input) => redirect(withReturnPath("/logg-inn", safeReturnPath(input.tilbake))),
});

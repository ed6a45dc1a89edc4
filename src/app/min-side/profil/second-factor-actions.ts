"use server";

import { redirect } from "next/navigation";
import {
  CODE_FAILURE_MESSAGES,
  TOTP_CONFIRMATION_FAILURE_MESSAGES,
  ZSecondFactorDisable,
  ZSecondFactorOptIn,
} from "@/features/second-factor";
import { confirmTotpEnrolment, disableSecondFactor } from "@/features/second-factor/server";
import type { TotpConfirmationState } from "@/features/second-factor/ui";
import { stepUpRefusal } from "@/features/sign-in";
import { requireCustomer } from "@/features/sign-in/routes";
import { withFreshStrongAuth } from "@/features/sign-in/server";
import { formAction } from "@/platform/form-action";

const PROFILE_PATH = "/min-side/profil";

export const enableOwnSecondFactor = formAction({
  event: "second-factor.enable",
  guard: () => requireCustomer(`${PROFILE_PATH}/totrinn`),
  schema: ZSecondFactorOptIn,
  run: (input, session) =>
    confirmTotpEnrolment(session, { code: input.code, currentPassword: input.currentPassword }),
  failures: TOTP_CONFIRMATION_FAILURE_MESSAGES,
  done: ({ recoveryCodes }): TotpConfirmationState => ({ ok: true, recoveryCodes }),
});

export const disableOwnSecondFactor = formAction({
  event: "second-factor.disable",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: ZSecondFactorDisable,
  // A current app code is itself the fresh strong proof step-up asks for; a recovery code is not one.
  run: (input, session) =>
    input.code.method === "totp"
      ? disableSecondFactor(session, input.code)
      : withFreshStrongAuth(session, () => disableSecondFactor(session, input.code)),
  failures: {
    ...CODE_FAILURE_MESSAGES,
    "step-up-needed": stepUpRefusal("slår av totrinnsinnlogging med en gjenopprettingskode"),
    "not-enrolled": "Totrinnsinnlogging er allerede slått av.",
    "required-for-staff": "Ansatte må bruke totrinnsinnlogging.",
  },
  // The profile shows the new state.
  done: () => redirect(PROFILE_PATH),
});

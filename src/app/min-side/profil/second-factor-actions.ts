"use server";

import { redirect } from "next/navigation";
import type { TotpConfirmationState } from "@/components/forms/totp-enrolment-form";
import {
  CODE_FAILURE_MESSAGES,
  TOTP_CONFIRMATION_FAILURE_MESSAGES,
  ZSecondFactorDisable,
  ZSecondFactorOptIn,
} from "@/domain/second-factor";
import { requireCustomer } from "@/server/auth/guards";
import { formAction } from "@/server/form-action";
import { confirmTotpEnrolment, disableSecondFactor } from "@/server/services/second-factor";

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
  run: (input, session) => disableSecondFactor(session, input.code),
  failures: {
    ...CODE_FAILURE_MESSAGES,
    "not-enrolled": "Totrinnsinnlogging er allerede slått av.",
    "required-for-staff": "Ansatte må bruke totrinnsinnlogging.",
  },
  // The profile shows the new state.
  done: () => redirect(PROFILE_PATH),
});

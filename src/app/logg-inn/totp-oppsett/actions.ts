"use server";

import type { TotpConfirmationState } from "@/components/forms/totp-enrolment-form";
import { TOTP_CONFIRMATION_FAILURE_MESSAGES, ZTotpConfirmation } from "@/domain/second-factor";
import { requirePendingSecondFactor } from "@/server/auth/second-factor-gate";
import { formAction } from "@/server/form-action";
import { confirmTotpEnrolment } from "@/server/services/second-factor";

/** Staff at their first sign-in: the app is confirmed, and the same code completes the sign-in. */
export const confirmStaffEnrolment = formAction({
  event: "second-factor.staff-enrolment",
  guard: () => requirePendingSecondFactor("enrolment"),
  schema: ZTotpConfirmation,
  run: (input, session) => confirmTotpEnrolment(session, { code: input.code }),
  failures: TOTP_CONFIRMATION_FAILURE_MESSAGES,
  done: ({ recoveryCodes }): TotpConfirmationState => ({ ok: true, recoveryCodes }),
});

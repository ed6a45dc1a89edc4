"use server";

import { TOTP_CONFIRMATION_FAILURE_MESSAGES, ZTotpConfirmation } from "@/features/second-factor";
import { requirePendingSecondFactor } from "@/features/second-factor/routes";
import { confirmTotpEnrolment } from "@/features/second-factor/server";
import type { TotpConfirmationState } from "@/features/second-factor/ui";
import { formAction } from "@/platform/form-action";

/** Staff at their first sign-in: the app is confirmed, and the same code completes the sign-in. */
export const confirmStaffEnrolment = formAction({
  event: "second-factor.staff-enrolment",
  guard: () => requirePendingSecondFactor("enrolment"),
  schema: ZTotpConfirmation,
  run: (input, session) => confirmTotpEnrolment(session, { code: input.code }),
  failures: TOTP_CONFIRMATION_FAILURE_MESSAGES,
  done: ({ recoveryCodes }): TotpConfirmationState => ({ ok: true, recoveryCodes }),
});

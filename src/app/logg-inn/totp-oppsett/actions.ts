"use server";

import type { TotpConfirmationState } from "@/components/forms/totp-enrolment-form";
import { CODE_FAILURE_MESSAGES, ZTotpConfirmation } from "@/domain/second-factor";
import { requirePendingSecondFactor } from "@/server/auth/second-factor-gate";
import { formAction } from "@/server/form-action";
import { confirmTotpEnrolment } from "@/server/services/second-factor";

/** Staff at their first sign-in: the app is confirmed, and the same code completes the sign-in. */
export const confirmStaffEnrolment = formAction({
  event: "second-factor.staff-enrolment",
  guard: () => requirePendingSecondFactor("enrolment"),
  schema: ZTotpConfirmation,
  run: (input, session) => confirmTotpEnrolment(session, input.code),
  failures: {
    ...CODE_FAILURE_MESSAGES,
    "not-started": "Last siden på nytt og skann QR-koden som vises da.",
    "already-enrolled": "Totrinnsinnlogging er allerede satt opp. Last siden på nytt og logg inn med koden.",
  },
  done: ({ recoveryCodes }): TotpConfirmationState => ({ ok: true, recoveryCodes }),
});

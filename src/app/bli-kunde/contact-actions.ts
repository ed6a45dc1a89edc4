"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  EMAIL_CODE_FAILURE_MESSAGES,
  EMAIL_CODE_NOT_SENT,
  EMAIL_CODE_THROTTLED,
  ZEmailCode,
} from "@/features/email-verification";
import { CITY_MAX_LENGTH, PHONE_MAX_LENGTH, STREET_MAX_LENGTH, ZContactDetails } from "@/features/onboarding";
import {
  confirmEmail,
  editContactDetails,
  requireApplication,
  resendEmailCode,
  saveContactDetails,
} from "@/features/onboarding/server";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { formAction } from "@/platform/form-action";

const FLOW = "/bli-kunde";
const showFlow = () => redirect(FLOW);
const STALE = { redirectTo: FLOW } as const;
/** The details are saved; the code could not go out now ("Send ny kode" on the next step tries again). */
const NOT_SENT = { throttled: EMAIL_CODE_THROTTLED, "not-sent": EMAIL_CODE_NOT_SENT } as const;

export const saveContactAction = formAction({
  event: "onboarding.contact",
  guard: requireApplication,
  schema: ZContactDetails,
  echo: {
    email: EMAIL_MAX_LENGTH,
    phone: PHONE_MAX_LENGTH,
    street: STREET_MAX_LENGTH,
    postalCode: 10,
    city: CITY_MAX_LENGTH,
  },
  run: (input, app) => saveContactDetails(app.id, input),
  failures: {
    stale: STALE,
    "email-taken": {
      field: "email",
      message: "Denne e-postadressen har allerede en konto hos oss. Bruk en annen, eller logg inn med den.",
      formError: "Opplysningene ble ikke lagret.",
    },
    ...NOT_SENT,
  },
  done: showFlow,
});

export const confirmEmailAction = formAction({
  event: "onboarding.confirm-email",
  guard: requireApplication,
  schema: z.object({ code: ZEmailCode }),
  run: (input, app) => confirmEmail(app.id, input.code),
  failures: { stale: STALE, ...EMAIL_CODE_FAILURE_MESSAGES },
  done: showFlow,
});

const ZNothing = z.object({});

export const resendCodeAction = formAction({
  event: "onboarding.resend-code",
  guard: requireApplication,
  schema: ZNothing,
  run: (_, app) => resendEmailCode(app.id),
  failures: { stale: STALE, ...NOT_SENT },
  done: () => ({ ok: true as const, message: "Vi har sendt en ny kode." }),
});

export const editContactAction = formAction({
  event: "onboarding.edit-contact",
  guard: requireApplication,
  schema: ZNothing,
  run: (_, app) => editContactDetails(app.id),
  failures: { stale: STALE },
  done: showFlow,
});

"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ZEmailCode } from "@/features/email-verification";
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
const TOO_MANY_CODES = "Vi har sendt mange koder den siste timen. Vent litt, og prøv igjen.";

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
    "too-many-codes": TOO_MANY_CODES,
  },
  done: showFlow,
});

const CODE_FAILURE = { field: "code", formError: "E-postadressen er ikke bekreftet." } as const;

export const confirmEmailAction = formAction({
  event: "onboarding.confirm-email",
  guard: requireApplication,
  schema: z.object({ code: ZEmailCode }),
  run: (input, app) => confirmEmail(app.id, input.code),
  failures: {
    stale: STALE,
    "wrong-code": { ...CODE_FAILURE, message: "Koden stemmer ikke. Sjekk e-posten og prøv igjen." },
    expired: { ...CODE_FAILURE, message: "Koden er for gammel. Be om en ny kode." },
    "too-many-attempts": {
      ...CODE_FAILURE,
      message: "For mange feil forsøk med denne koden. Be om en ny kode.",
    },
    "no-code": { ...CODE_FAILURE, message: "Vi har ingen gyldig kode til deg. Be om en ny kode." },
    "too-many-codes": TOO_MANY_CODES,
  },
  done: showFlow,
});

const ZNothing = z.object({});

export const resendCodeAction = formAction({
  event: "onboarding.resend-code",
  guard: requireApplication,
  schema: ZNothing,
  run: (_, app) => resendEmailCode(app.id),
  failures: { stale: STALE, "too-many-codes": TOO_MANY_CODES },
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

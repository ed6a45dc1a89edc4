"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  EMAIL_CODE_FAILURE_MESSAGES,
  EMAIL_CODE_NOT_SENT,
  EMAIL_CODE_THROTTLED,
} from "@/features/email-verification";
import {
  DETAILS_MAX_LENGTH,
  OBJECTION_NAMES,
  PHONE_MAX_LENGTH,
  ZDecisionReviewRequest,
  ZEmailChange,
  ZEmailChangeConfirm,
  ZErasureConfirm,
  ZObjectionToggle,
  ZPhoneUpdate,
  ZRectificationRequest,
  ZRestrictionToggle,
} from "@/features/privacy";
import {
  confirmEmailChange,
  eraseOwnData,
  requestEmailChange,
  setPrivacyChoice,
  submitPrivacyRequest,
  updatePhone,
} from "@/features/privacy/server";
import {
  durationText,
  EMAIL_MAX_LENGTH,
  PASSWORD_CHANGE_ATTEMPTS,
  stepUpRefusal,
  WRONG_CURRENT_PASSWORD,
} from "@/features/sign-in";
import { requireCustomer, signOut } from "@/features/sign-in/routes";
import { withFreshStrongAuth } from "@/features/sign-in/server";
import { formAction } from "@/platform/form-action";

const PAGE = "/min-side/personvern";
const TOO_MANY = `For mange forsøk med feil passord. Vent ${durationText(PASSWORD_CHANGE_ATTEMPTS.windowMinutes)} og prøv igjen.`;

const guard = () => requireCustomer(PAGE);
const actorOf = (session: { userId: string; customerId: string }) => ({
  userId: session.userId,
  customerId: session.customerId,
});

export const setRestrictionAction = formAction({
  event: "privacy.restriction",
  guard,
  schema: ZRestrictionToggle,
  run: (input, session) => setPrivacyChoice(actorOf(session), "restriction", input.restrict === "on"),
  failures: {},
  done: (_result, input) => {
    revalidatePath(PAGE);
    return {
      ok: true,
      message: input.restrict === "on" ? "Behandlingen er begrenset fra nå." : "Begrensningen er opphevet.",
    };
  },
});

export const setObjectionAction = formAction({
  event: "privacy.objection",
  guard,
  schema: ZObjectionToggle,
  run: (input, session) => setPrivacyChoice(actorOf(session), input.kind, input.object === "on"),
  failures: {},
  done: (_result, input) => {
    revalidatePath(PAGE);
    return {
      ok: true,
      message:
        input.object === "on"
          ? `Protesten mot ${OBJECTION_NAMES[input.kind]} gjelder fra nå.`
          : `Du har trukket protesten mot ${OBJECTION_NAMES[input.kind]}.`,
    };
  },
});

export const updatePhoneAction = formAction({
  event: "contact.phone",
  guard,
  schema: ZPhoneUpdate,
  echo: { phone: PHONE_MAX_LENGTH },
  run: (input, session) => withFreshStrongAuth(session, () => updatePhone(actorOf(session), input)),
  failures: { "step-up-needed": stepUpRefusal("endrer telefonnummeret") },
  done: () => {
    revalidatePath(PAGE);
    return { ok: true, message: "Telefonnummeret er endret." };
  },
});

const EMAIL_NOT_CHANGED = "E-postadressen ble ikke endret.";
const EMAIL_TAKEN = {
  field: "email",
  message: "Denne e-postadressen brukes allerede av en annen konto.",
  formError: EMAIL_NOT_CHANGED,
};

/** Step one: the password, then a code to the new address. Nothing changes yet. */
export const requestEmailChangeAction = formAction({
  event: "contact.email.request",
  guard,
  schema: ZEmailChange,
  echo: { email: EMAIL_MAX_LENGTH },
  run: (input, session) => withFreshStrongAuth(session, () => requestEmailChange(actorOf(session), input)),
  failures: {
    "step-up-needed": stepUpRefusal("endrer e-postadressen"),
    "wrong-current-password": {
      field: "currentPassword",
      message: WRONG_CURRENT_PASSWORD,
      formError: EMAIL_NOT_CHANGED,
    },
    "too-many-attempts": TOO_MANY,
    "email-taken": EMAIL_TAKEN,
    "same-email": {
      field: "email",
      message: "Dette er e-postadressen du har nå.",
      formError: EMAIL_NOT_CHANGED,
    },
    throttled: EMAIL_CODE_THROTTLED,
    "not-sent": EMAIL_CODE_NOT_SENT,
  },
  done: (result) => ({
    ok: true,
    message: "Vi har sendt en kode til den nye adressen. Skriv den inn under for å bytte.",
    pendingEmail: result.email,
  }),
});

/** Step two: the code from the mail changes the email and the login, and the old address is told. */
export const confirmEmailChangeAction = formAction({
  event: "contact.email.confirm",
  guard,
  schema: ZEmailChangeConfirm,
  run: (input, session) => confirmEmailChange(actorOf(session), input),
  failures: { ...EMAIL_CODE_FAILURE_MESSAGES, "email-taken": EMAIL_TAKEN },
  done: () => {
    revalidatePath(PAGE);
    return {
      ok: true,
      message:
        "E-postadressen er endret. Bruk den nye adressen når du logger inn. Vi har sendt en melding til den gamle adressen.",
    };
  },
});

function toRequest(result: { requestId: string; existing: boolean }): never {
  redirect(`${PAGE}/foresporsler/${result.requestId}${result.existing ? "?finnes=1" : ""}`);
}

export const requestRectificationAction = formAction({
  event: "privacy.rectification",
  guard,
  schema: ZRectificationRequest,
  echo: { details: DETAILS_MAX_LENGTH, field: 20 },
  run: (input, session) =>
    submitPrivacyRequest(actorOf(session), {
      type: "RECTIFICATION",
      field: input.field,
      details: input.details,
    }),
  failures: {},
  done: (result) => toRequest(result),
});

export const requestDecisionReviewAction = formAction({
  event: "privacy.decision-review",
  guard,
  schema: ZDecisionReviewRequest,
  echo: { details: DETAILS_MAX_LENGTH },
  run: (input, session) =>
    submitPrivacyRequest(actorOf(session), { type: "AUTOMATED_DECISION_REVIEW", details: input.details }),
  failures: {},
  done: (result) => toRequest(result),
});

const NOT_ERASED = "Ingenting ble slettet.";

export const eraseOwnDataAction = formAction({
  event: "privacy.erasure",
  guard,
  schema: ZErasureConfirm,
  run: (input, session) => withFreshStrongAuth(session, () => eraseOwnData(actorOf(session), input)),
  failures: {
    "step-up-needed": stepUpRefusal("sletter opplysningene dine"),
    "active-contract":
      "Du har en aktiv strømavtale, og da trenger vi opplysningene for å levere strøm. Si opp avtalen under Avtale først.",
    "wrong-current-password": {
      field: "currentPassword",
      message: WRONG_CURRENT_PASSWORD,
      formError: NOT_ERASED,
    },
    "too-many-attempts": TOO_MANY,
    "retention-running": `Vi rydder i opplysninger akkurat nå. ${NOT_ERASED} Prøv igjen om noen minutter.`,
  },
  // The login is gone with the data: clear the cookie and leave Min side.
  done: () => signOut({ redirectTo: "/logg-inn?melding=opplysninger-slettet" }),
});

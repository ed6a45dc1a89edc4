"use server";

import { z } from "zod";
import {
  durationText,
  PASSWORD_CHANGE_ATTEMPTS,
  stepUpRefusal,
  WRONG_CURRENT_PASSWORD,
} from "@/features/sign-in";
import { requireCustomer, signOut } from "@/features/sign-in/routes";
import {
  changePassword,
  PERSONAL_PASSWORD,
  signOutEverywhere,
  withFreshStrongAuth,
  ZPasswordChange,
} from "@/features/sign-in/server";
import { formAction } from "@/platform/form-action";

const PROFILE_PATH = "/min-side/profil";
const NOT_CHANGED = "Passordet ble ikke endret.";

export const changeOwnPassword = formAction({
  event: "password-change",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: ZPasswordChange,
  run: (input, session) =>
    withFreshStrongAuth(session, () =>
      changePassword(session.userId, {
        proof:
          input.currentPassword === undefined
            ? { strongAuthAt: session.strongAuthAt }
            : { currentPassword: input.currentPassword },
        newPassword: input.newPassword,
      }),
    ),
  failures: {
    "step-up-needed": stepUpRefusal("bytter passord"),
    "wrong-current-password": {
      field: "currentPassword",
      message: WRONG_CURRENT_PASSWORD,
      formError: NOT_CHANGED,
    },
    "same-as-current": {
      field: "newPassword",
      message: "Det nye passordet må være forskjellig fra det du har nå.",
      formError: NOT_CHANGED,
    },
    "personal-password": { field: "newPassword", message: PERSONAL_PASSWORD, formError: NOT_CHANGED },
    "too-many-attempts": `Passordet ble ikke endret: for mange forsøk. Vent ${durationText(PASSWORD_CHANGE_ATTEMPTS.windowMinutes)} og prøv igjen.`,
  },
  // Every session of the user is gone, this one included: clear the cookie and ask for a new login.
  done: () =>
    signOut({
      redirectTo: `/logg-inn?${new URLSearchParams({ melding: "passord-endret", tilbake: PROFILE_PATH })}`,
    }),
});

export const signOutEverywhereAction = formAction({
  event: "sign-out-everywhere",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: z.object({}),
  run: (_input, session) => signOutEverywhere(session),
  failures: {},
  done: () => signOut({ redirectTo: "/logg-inn?melding=logget-ut-overalt" }),
});

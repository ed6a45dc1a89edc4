"use server";

import { z } from "zod";
import { WRONG_CURRENT_PASSWORD } from "@/domain/credentials";
import { PERSONAL_PASSWORD, ZPasswordChange } from "@/domain/new-password";
import { durationText, PASSWORD_CHANGE_ATTEMPTS } from "@/domain/security-limits";
import { signOut } from "@/server/auth/config";
import { requireCustomer } from "@/server/auth/guards";
import { signOutEverywhere } from "@/server/auth/session-store";
import { formAction } from "@/server/form-action";
import { changePassword } from "@/server/services/password-change";

const PROFILE_PATH = "/min-side/profil";
const NOT_CHANGED = "Passordet ble ikke endret.";

export const changeOwnPassword = formAction({
  event: "password-change",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: ZPasswordChange,
  run: (input, session) =>
    changePassword(session.userId, {
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
    }),
  failures: {
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

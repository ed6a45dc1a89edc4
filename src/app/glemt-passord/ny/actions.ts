"use server";

import { redirect } from "next/navigation";
import { completePasswordReset, PERSONAL_PASSWORD, ZPasswordReset } from "@/features/sign-in/server";
import { formAction, publicAccess } from "@/platform/form-action";

/** Without a token the page explains that the link is invalid, expired or used, and offers a new one. */
const INVALID_LINK_PAGE = "/glemt-passord/ny";

export const setNewPassword = formAction({
  event: "password-reset.complete",
  guard: publicAccess,
  schema: ZPasswordReset,
  onInvalid: (error) => {
    if (error.issues.some((issue) => issue.path[0] === "token")) redirect(INVALID_LINK_PAGE);
  },
  run: (input) => completePasswordReset({ token: input.token, password: input.password }),
  failures: {
    "invalid-token": { redirectTo: INVALID_LINK_PAGE },
    "personal-password": {
      field: "password",
      message: PERSONAL_PASSWORD,
      formError: "Passordet ble ikke lagret.",
    },
  },
  done: () => redirect("/logg-inn?melding=passord-nullstilt"),
});

"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import {
  durationText,
  EMAIL_MAX_LENGTH,
  RESET_LINK_VALID_MINUTES,
  ZPasswordResetRequest,
} from "@/features/sign-in";
import { clientIpFrom, requestPasswordReset } from "@/features/sign-in/server";
import { formAction, publicAccess } from "@/platform/form-action";
import { logError } from "@/platform/log";

const CONFIRMATION = `Hvis e-postadressen er registrert hos oss, har vi sendt deg en lenke for å lage nytt passord. Lenken virker i ${durationText(RESET_LINK_VALID_MINUTES)}. Finner du ikke e-posten, sjekk søppelposten.`;

export const requestReset = formAction({
  event: "password-reset.request",
  guard: publicAccess,
  schema: ZPasswordResetRequest,
  echo: { email: EMAIL_MAX_LENGTH },
  run: async (input) => {
    const ip = clientIpFrom(await headers());
    // After the response: how long the lookup, the database writes and SMTP take must not tell
    // anyone whether the address has an account.
    after(() =>
      requestPasswordReset({ email: input.email, ip }).catch((error: unknown) =>
        logError("password-reset.request", error),
      ),
    );
    return { ok: true as const };
  },
  failures: {},
  done: () => ({ ok: true, message: CONFIRMATION }),
});

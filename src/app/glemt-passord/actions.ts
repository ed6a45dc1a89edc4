"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { EMAIL_MAX_LENGTH, ZPasswordResetRequest } from "@/domain/credentials";
import { durationText, RESET_LINK_VALID_MINUTES } from "@/domain/security-limits";
import { clientIpFrom } from "@/server/auth/client-ip";
import { formAction, publicAccess } from "@/server/form-action";
import { logError } from "@/server/log";
import { requestPasswordReset } from "@/server/services/password-reset";

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

"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { EMAIL_MAX_LENGTH, ZPasswordResetRequest } from "@/domain/credentials";
import { type FormState, formValues, invalid } from "@/lib/form-state";
import { clientIpFrom } from "@/server/auth/client-ip";
import { requestPasswordReset } from "@/server/services/password-reset";

const CONFIRMATION =
  "Hvis e-postadressen er registrert hos oss, har vi sendt deg en lenke for å lage nytt passord. Lenken virker i 30 minutter. Finner du ikke e-posten, sjekk søppelposten.";

export async function requestReset(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const parsed = ZPasswordResetRequest.safeParse(values);
  if (!parsed.success) {
    return invalid(parsed.error, { email: (values.email ?? "").slice(0, EMAIL_MAX_LENGTH) });
  }
  const ip = clientIpFrom(await headers());
  // After the response: how long the lookup, the database writes and SMTP take must not tell
  // anyone whether the address has an account.
  after(() =>
    requestPasswordReset({ email: parsed.data.email, ip }).catch((error: unknown) => {
      console.error(`password reset request failed (${error instanceof Error ? error.name : "unknown"})`);
    }),
  );
  return { ok: true, message: CONFIRMATION };
}

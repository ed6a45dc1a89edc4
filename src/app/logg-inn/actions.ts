"use server";

import { AuthError } from "next-auth";
import { EMAIL_MAX_LENGTH, safeReturnPath, ZLogin } from "@/domain/credentials";
import { type FormState, failed, formValues, invalid } from "@/lib/form-state";
import { signIn } from "@/server/auth/config";

/** The same words for every failed login: never whether the account exists or is locked. */
const LOGIN_FAILED = "Feil e-post eller passord. Etter flere mislykkede forsøk sperres kontoen midlertidig.";
const LOGIN_UNAVAILABLE = "Innloggingen virker ikke akkurat nå. Prøv igjen om litt.";

export async function logIn(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const echo = { email: (values.email ?? "").slice(0, EMAIL_MAX_LENGTH) };
  const parsed = ZLogin.safeParse(values);
  if (!parsed.success) {
    return invalid(parsed.error, echo);
  }
  try {
    // With no return path, land on /logg-inn: it sends a signed-in user on by role.
    return await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeReturnPath(values.tilbake) ?? "/logg-inn",
    });
  } catch (error) {
    // Next's redirect after a successful login is an error too, and must be rethrown.
    if (!(error instanceof AuthError)) throw error;
    return failed(error.type === "CredentialsSignin" ? LOGIN_FAILED : LOGIN_UNAVAILABLE, echo);
  }
}

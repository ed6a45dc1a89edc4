"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { withReturnPath } from "@/features/second-factor";
import { EMAIL_MAX_LENGTH, safeReturnPath, ZLogin } from "@/features/sign-in";
import { signIn } from "@/features/sign-in/routes";
import { formAction, publicAccess } from "@/platform/form-action";

export const logIn = formAction({
  event: "login",
  guard: publicAccess,
  schema: ZLogin.extend({ tilbake: z.string().optional() }),
  echo: { email: EMAIL_MAX_LENGTH },
  run: async (input) => {
    try {
      // Land on /logg-inn, keeping the return path: it sends the user on, to the second-factor step
      // if one is owed, else to the return path or home by role. On success signIn redirects, which
      // formAction passes on to Next.js.
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: withReturnPath("/logg-inn", safeReturnPath(input.tilbake)),
      });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { ok: false as const, reason: error.type === "CredentialsSignin" ? "rejected" : "unavailable" };
    }
    return { ok: true as const };
  },
  failures: {
    // The same words for every failed login: never whether the account exists or is locked.
    rejected: "Feil e-post eller passord. Etter flere mislykkede forsøk sperres kontoen midlertidig.",
    unavailable: "Innloggingen virker ikke akkurat nå. Prøv igjen om litt.",
  },
  done: () => null,
});

// Schemas of the forms that set a password (reset, change, and later onboarding). Separate from
// credentials.ts because the strength check carries zxcvbn's dictionaries, which must never reach
// a browser bundle: "server-only" makes a client import fail the build.
import "server-only";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZPasswordInput, ZResetToken } from "../domain/credentials";
import { passwordWeakness } from "./password-strength";

export const ZNewPassword = z
  .string({ error: "Skriv inn et nytt passord." })
  .min(PASSWORD_MIN_LENGTH, `Passordet må ha minst ${PASSWORD_MIN_LENGTH} tegn.`)
  .max(PASSWORD_MAX_LENGTH, `Passordet kan ha høyst ${PASSWORD_MAX_LENGTH} tegn.`)
  .superRefine((password, context) => {
    const weakness = passwordWeakness(password);
    if (weakness) context.addIssue({ code: "custom", message: weakness });
  });

const ZRepeatPassword = z.string({ error: "Gjenta det nye passordet." }).max(PASSWORD_MAX_LENGTH);
const PASSWORDS_DIFFER = "Passordene er ikke like. Skriv det samme passordet i begge feltene.";

export const ZPasswordReset = z
  .object({ token: ZResetToken, password: ZNewPassword, repeatPassword: ZRepeatPassword })
  .refine((v) => v.password === v.repeatPassword, { path: ["repeatPassword"], error: PASSWORDS_DIFFER });

export const ZPasswordChange = z
  .object({
    // Left out by a session that has just proven its holder with BankID or an app code (step-up).
    currentPassword: ZPasswordInput.optional(),
    newPassword: ZNewPassword,
    repeatPassword: ZRepeatPassword,
  })
  .refine((v) => v.newPassword === v.repeatPassword, { path: ["repeatPassword"], error: PASSWORDS_DIFFER });

/** Shown when a password is strong in general but built from the user's own name or email. */
export const PERSONAL_PASSWORD =
  "Passordet ligner for mye på navnet eller e-postadressen din. Velg noe som ikke handler om deg.";

/** The last step of "Bli kunde": the chosen product, its start date, and the new account's password. */
export const ZOnboardingAccount = z
  .object({
    product: z.enum(["SPOT", "FIXED"], { error: "Velg en strømavtale." }),
    startDate: z.iso.date({ error: "Velg en startdato." }),
    password: ZNewPassword,
    repeatPassword: ZRepeatPassword,
  })
  .refine((v) => v.password === v.repeatPassword, { path: ["repeatPassword"], error: PASSWORDS_DIFFER });

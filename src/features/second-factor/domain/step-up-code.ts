// Step-up with the authenticator app: a current code proves the phone is at hand now. A recovery code
// does not count: it is paper, kept for a lost phone, and may lie in a drawer anyone can open.
import { z } from "zod";
import { CODE_FAILURE_MESSAGES, TOTP_DIGITS, ZSecondFactorCode } from "./second-factor";

const RECOVERY_CODE_REFUSED = `En gjenopprettingskode kan ikke brukes her. Skriv de ${TOTP_DIGITS} sifrene autentiseringsappen viser nå.`;

/** The step-up page's code form: six digits from the app, and where to go back to. */
export const ZStepUpCode = z.object({
  code: ZSecondFactorCode.refine((code) => code.method === "totp", RECOVERY_CODE_REFUSED).transform(
    (code) => code.code,
  ),
  tilbake: z.string().max(500).optional(),
});

/** The failures of a step-up code, worded for a form that takes only the app's code. */
export const STEP_UP_CODE_FAILURE_MESSAGES = {
  ...CODE_FAILURE_MESSAGES,
  "code-used": {
    field: "code",
    message: "Koden er allerede brukt. Vent til appen viser en ny kode, og skriv den.",
    formError: "Koden er allerede brukt.",
  },
  "not-enrolled":
    "Du har ingen autentiseringsapp satt opp. Kunder bekrefter med BankID; ansatte setter opp appen ved neste innlogging.",
} as const;

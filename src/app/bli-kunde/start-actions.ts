"use server";

import { ZOnboardingConsents } from "@/features/onboarding";
import { goToBankId } from "@/features/sign-in/routes";
import { formAction, publicAccess } from "@/platform/form-action";

/** Step 1: the consents, then off to BankID; the callback starts the application for whoever it proves. */
export const startWithBankIdAction = formAction({
  event: "onboarding.start",
  guard: publicAccess,
  schema: ZOnboardingConsents,
  echo: { consentFolkeregister: 2, consentElhub: 2, consentExperian: 2, acceptTerms: 2 },
  run: () => goToBankId({ purpose: "onboarding", returnTo: "/bli-kunde", consentedAt: new Date() }),
  failures: {
    unavailable:
      "BankID svarer ikke akkurat nå, så vi har ikke startet noe. Prøv igjen om litt; samtykkene dine står her fortsatt.",
  },
  done: () => null,
});

"use server";

import { z } from "zod";
import { goToBankId } from "@/features/sign-in/routes";
import { formAction, publicAccess } from "@/platform/form-action";

/** "Logg inn med BankID" and "Bekreft med BankID": off to BankID, back to `tilbake`. */
export const startBankIdAction = formAction({
  event: "bankid.start",
  // Anyone may start; the callback decides what the proof is good for (step-up needs the session's owner).
  guard: publicAccess,
  schema: z.object({
    formaal: z.enum(["sign-in", "step-up"], { error: "Ukjent formål med BankID." }),
    tilbake: z.string().max(512, "Returadressen er for lang.").optional(),
  }),
  run: (input) => goToBankId({ purpose: input.formaal, returnTo: input.tilbake }),
  failures: { unavailable: "BankID svarer ikke akkurat nå. Prøv igjen om litt, eller logg inn med passord." },
  done: () => null,
});

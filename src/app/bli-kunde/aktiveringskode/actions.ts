"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ACTIVATION_CODE_INPUT_MAX_LENGTH, ZLetterRedeem } from "@/features/onboarding";
import { redeemActivationLetter, setResumeToken } from "@/features/onboarding/server";
import { clientIpFrom } from "@/features/sign-in/server";
import { formAction, publicAccess } from "@/platform/form-action";

export const redeemCodeAction = formAction({
  event: "activation-letter.redeem",
  guard: publicAccess,
  schema: ZLetterRedeem,
  echo: { nationalId: 32, code: ACTIVATION_CODE_INPUT_MAX_LENGTH },
  run: async (input) => redeemActivationLetter({ ...input, ip: clientIpFrom(await headers()) }),
  failures: {
    // One answer for a wrong code, a number without a letter and a code past its time.
    "wrong-code":
      "Koden virker ikke for dette fødselsnummeret. Sjekk at du har skrevet begge riktig, og at koden er fra det siste brevet du har fått.",
    throttled: "Det er prøvd for mange koder fra denne nettverksadressen. Vent en time og prøv igjen.",
    minor: "Du må være 18 år for å inngå en strømavtale. Be en voksen i husstanden om å bli kunde.",
    "too-many":
      "Det er startet for mange søknader fra denne nettverksadressen den siste timen. Koden virker fortsatt: prøv igjen om en time, eller ring kundeservice.",
  },
  done: async (result) => {
    if (result.outcome === "application") {
      await setResumeToken(result.resumeToken);
      redirect("/bli-kunde");
    }
    return { ok: true, outcome: result.outcome };
  },
});
